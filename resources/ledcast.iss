; Windows installer of the one-folder build (Inno Setup 6.3 or later).
;
;   pip install . pyinstaller && pyinstaller build.spec      (makes dist\ledcast\)
;   iscc resources\ledcast.iss                                (makes dist\ledcast-<version>-setup.exe)
;
; Installs dist\ledcast\ under Program Files\ledcast (or the user's Programs folder when
; installing without administrator rights), a Start-menu entry for the GUI, an optional
; desktop icon and an uninstaller. The workspace (media, database, exports) lives in the
; user's data folder and is never removed by the uninstaller.
;
; Installer languages: English, and Vietnamese when Vietnamese.isl (an unofficial Inno Setup
; translation, https://jrsoftware.org/files/istrans/) is put beside this file or under the
; compiler's Languages\Unofficial\ folder.

#if Ver < EncodeVer(6, 3, 0)
  #error "Inno Setup 6.3 or later is needed (UTF-8 script without BOM, x64compatible)"
#endif

#define AppName "ledcast"
#define AppExe "ledcast.exe"
#define BuildDir AddBackslash(SourcePath) + "..\dist\ledcast"
#ifndef AppVersion
  ; build.spec writes the package version into the executable's version information.
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build dist\ledcast with build.spec first, or pass /DAppVersion=X.Y.Z to iscc"
#endif

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{B28B0FC0-A0A8-4BF2-95C9-DCA21AECE440}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ledcast
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Commune PCs often have no administrator at hand: allow a per-user install.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourcePath}..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#SourcePath}ledcast.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
#if FileExists(SourcePath + "Vietnamese.isl")
Name: "vi"; MessagesFile: "{#SourcePath}Vietnamese.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AppComment=Playlists, exports and airing logs for commune loudspeakers and LED screens
#if FileExists(SourcePath + "Vietnamese.isl") || FileExists(CompilerPath + "Languages\Unofficial\Vietnamese.isl")
vi.AppComment=Danh sách phát, xuất chương trình và nhật ký phát sóng cho loa truyền thanh và màn hình LED
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: ledcast.exe (GUI), ledcast-cli.exe (console) and _internal\.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
