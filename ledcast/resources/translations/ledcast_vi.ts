<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Cli</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported plan {code} with {n} tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote plan {code} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace now belongs to {code} – {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added outlet {name} (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: already in the library as {id} ({title}); nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {dup} duplicates, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported file type “{ext}”. Supported: audio {audio}; images {image}; video {video}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be played ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no audio stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged or not a supported image ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the file into the workspace: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task “{code}” in the active plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is incomplete or wrong at “{field}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the plan file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan with code “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the plan file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media item with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outlet named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen size “{size}” is not valid: write it as WIDTHxHEIGHT, e.g. 384x192.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen needs its pixel size (--size WxH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”: use {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame rate must be between 1 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum must be a whole number ≥ 0 and not above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace “{path}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is used in a playlist; remove it from the playlist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a day MM-DD or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0 (max ≥ min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a ledcast plan file (format version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a task the plan does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Add audio bulletins, pictures and video clips with the buttons above, or drag files and folders onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All media (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 already in the library, %3 could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1: same content as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 item(s) from the library? Airing history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ledcast – loudspeaker and screen programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the programme of each loudspeaker session and each screen loop from the library, with durations, schedules and priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write programmes for USB sticks, screen controllers and loudspeaker boxes: an MP4 at the screen&apos;s exact size, or a loudness-normalised MP3 per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airing log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every airing: played from ledcast, confirmed from an export, or added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count items and minutes per task and channel against the plan&apos;s targets, by month, quarter, six months or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>This part is coming in a later version of ledcast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Import plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan from this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of active plans can be given to media items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Key tasks&lt;/b&gt; (double-click a name to edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudspeaker systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots information system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” with %2 tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the new plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select an item to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: %1, %2 Hz, %3 channel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the plan (no task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>e.g. XA-TANCUONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UBND xã Tân Cương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time ledcast starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPickerDialog</name>
    <message>
        <source>Plan tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tasks these items serve. None ticked: outside the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
