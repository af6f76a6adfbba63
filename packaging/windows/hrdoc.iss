; Inno Setup script for hrdoc's Windows installer (packaging/build_dist.py runs
; it with iscc on a Windows runner; .github/workflows/dist.yml).
; Installs for the current user only: no administrator rights, nothing
; written outside the user's own folders, and an uninstaller that leaves the
; vault (in the user's data folder) where it is.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B0E6C2E-6F8B-4E0B-9B4D-68D0C0A1E7A1}
AppName=hrdoc
AppVersion={#AppVersion}
AppPublisher=hrdoc
AppCopyright=GPL-3.0-or-later
DefaultDirName={localappdata}\Programs\hrdoc
DefaultGroupName=hrdoc
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\hrdoc.exe
LicenseFile={#SourceDir}\_internal\hrdoc\resources\text\third_party.txt
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{userprograms}\hrdoc"; Filename: "{app}\hrdoc.exe"

[Run]
Filename: "{app}\hrdoc.exe"; Description: "Start hrdoc"; Flags: nowait postinstall skipifsilent
