; Inno Setup script for the Windows installer (Inno Setup 6). packaging/build.sh windows runs
;   ISCC /Q /DAppVersion=VERSION packaging\windows\wellness-journal.iss
; after PyInstaller has built dist\wellness-journal\. Output: dist\wellness-journal-VERSION-setup.exe
;
; Per user, no administrator rights: installs into %LOCALAPPDATA%\Programs\Wellness Journal, adds a
; Start menu entry (and, if chosen, a desktop one) and an uninstaller. The journal itself lives in
; %LOCALAPPDATA%\wellness-journal\, which uninstalling keeps unless the user asks to delete it.
;
; Silent install for agencies:    wellness-journal-VERSION-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall (keeps data):  "%LOCALAPPDATA%\Programs\Wellness Journal\unins000.exe" /VERYSILENT
; ... and delete the journal:     unins000.exe /VERYSILENT /DELETEJOURNAL=yes

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Wellness Journal"
#define AppExe "wellness-journal.exe"

[Setup]
AppId={{58D95DCB-5830-442B-8C6D-0A5941D6FFDB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Wellness Journal developers
AppComments=A private, offline self-care journal. It never uses the network.
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=wellness-journal-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\wellness-journal.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\wellness-journal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Your private self-care journal"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in {app}; the journal folder is elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function JournalFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\wellness-journal');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Delete: Boolean;
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(JournalFolder()) then
    exit;
  if UninstallSilent() then
    Delete := CompareText(ExpandConstant('{param:DELETEJOURNAL|no}'), 'yes') = 0
  else
    Delete := MsgBox('Wellness Journal has been removed. Your journal is still in' + #13#10 +
      JournalFolder() + #13#10#13#10 +
      'Keep it if you may install Wellness Journal again or want to restore it later.' + #13#10#13#10 +
      'Delete your journal and its backups in that folder too? This cannot be undone.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Delete then
    DelTree(JournalFolder(), True, True, True);
end;
