<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.cpp" line="+140"/>
        <source>The project was updated to the current store version (from version %1).</source>
        <translation>The project was updated to the current store version (from version %1).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The demo project was installed. Its features are samples, not official data.</source>
        <translation>The demo project was installed. Its features are samples, not official data.</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <location filename="../../qml/forms/editors/BooleanEditor.qml" line="+18"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: yes</source>
        <translation>%1: yes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../qml/files/BusyBar.qml" line="+29"/>
        <source>%1 %2 percent</source>
        <translation>%1 %2 percent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel: nothing is written</source>
        <translation>Cancel: nothing is written</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../qml/forms/CameraPage.qml" line="+40"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../qml/capture/CaptureBar.qml" line="+26"/>
        <source>Position ignored: accuracy unknown</source>
        <translation>Position ignored: accuracy unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position ignored: accuracy %1 m is worse than %2 m</source>
        <translation>Position ignored: accuracy %1 m is worse than %2 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS vertex added</source>
        <translation>GPS vertex added</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Editing the geometry: %1</source>
        <translation>Editing the geometry: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your comment&apos;s place: move the map under the cross, or tap the place</source>
        <translation>Your comment&apos;s place: move the map under the cross, or tap the place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment&apos;s area: tap the map around it</source>
        <translation>Your comment&apos;s area: tap the map around it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New point in %1: move the map under the cross, tap the place, or use the GPS</source>
        <translation>New point in %1: move the map under the cross, tap the place, or use the GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New line in %1: tap the map to add vertices</source>
        <translation>New line in %1: tap the map to add vertices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New area in %1: tap the map to add vertices</source>
        <translation>New area in %1: tap the map to add vertices</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Point placed</source>
        <translation>Point placed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point not placed yet</source>
        <translation>Point not placed yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length %1</source>
        <translation>Length %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area %1 · perimeter %2</source>
        <translation>Area %1 · perimeter %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n vertices</source>
        <translation>
            <numerusform>%n vertex</numerusform>
            <numerusform>%n vertices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One part. An area split by a road or a park in pieces: finish this part, then add another.</source>
        <translation>One part. An area split by a road or a park in pieces: finish this part, then add another.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New part (%1 kept): tap the map to draw it.</source>
        <translation>New part (%1 kept): tap the map to draw it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1 of %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a part</source>
        <translation>Add a part</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this part and draw another part of the same feature</source>
        <translation>Keep this part and draw another part of the same feature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next part</source>
        <translation>Next part</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the next part of the feature</source>
        <translation>Edit the next part of the feature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this part</source>
        <translation>Remove this part</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the part being drawn; the other parts stay</source>
        <translation>Remove the part being drawn; the other parts stay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not valid: %1. Move or remove a vertex, or repair it.</source>
        <translation>Not valid: %1. Move or remove a vertex, or repair it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outline crosses itself: move or remove a vertex.</source>
        <translation>The outline crosses itself: move or remove a vertex.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair the shape: keep its areas, drop what crosses</source>
        <translation>Repair the shape: keep its areas, drop what crosses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No repair keeps this shape in one part: move or remove a vertex.</source>
        <translation>No repair keeps this shape in one part: move or remove a vertex.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Averaging: %1 of %2 positions (accuracy %3 m, limit %4 m)</source>
        <translation>Averaging: %1 of %2 positions (accuracy %3 m, limit %4 m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the GPS track: a vertex every %1 %2</source>
        <translation>Recording the GPS track: a vertex every %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the last vertex</source>
        <translation>Remove the last vertex</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place at the cross</source>
        <translation>Place at the cross</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place the point at the cross in the middle of the map</source>
        <translation>Place the point at the cross in the middle of the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place the point at the GPS position (average of %1 fixes)</source>
        <translation>Place the point at the GPS position (average of %1 fixes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vertex at the GPS position (average of %1 fixes)</source>
        <translation>Add a vertex at the GPS position (average of %1 fixes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop recording the GPS track</source>
        <translation>Stop recording the GPS track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record vertices from the GPS while walking</source>
        <translation>Record vertices from the GPS while walking</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop using the GPS</source>
        <translation>Stop using the GPS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the geometry change</source>
        <translation>Cancel the geometry change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the new feature</source>
        <translation>Cancel the new feature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save geometry</source>
        <translation>Save geometry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue to the form</source>
        <translation>Continue to the form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the comment</source>
        <translation>Save the comment</translation>
    </message>
</context>
<context>
    <name>CatalogueCard</name>
    <message>
        <location filename="../../qml/projects/CatalogueCard.qml" line="+34"/>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download interrupted</source>
        <translation>Download interrupted</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1, published %2</source>
        <translation>Version %1, published %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device has version %1: the next sync of the project brings version %2.</source>
        <translation>This device has version %1: the next sync of the project brings version %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This version of Territori cannot read this project&apos;s definition: update the app to use it.</source>
        <translation>This version of Territori cannot read this project&apos;s definition: update the app to use it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume the download of %1 where it stopped</source>
        <translation>Resume the download of %1 where it stopped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download %1: choose the work area</source>
        <translation>Download %1: choose the work area</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../qml/forms/editors/ChoiceEditor.qml" line="+24"/>
        <source>%1 (no longer a choice)</source>
        <translation>%1 (no longer a choice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2, no longer a choice</source>
        <translation>%1: %2, no longer a choice</translation>
    </message>
</context>
<context>
    <name>CommentMarkers</name>
    <message>
        <location filename="../../qml/map/CommentMarkers.qml" line="+61"/>
        <source>A comment&apos;s place</source>
        <translation>A comment&apos;s place</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../../qml/participation/CommentsPage.qml" line="+31"/>
        <source>Comments on §%1</source>
        <translation>Comments on §%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the draft</source>
        <translation>Back to the draft</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n comments by %1</source>
        <translation>
            <numerusform>%n comment by %1</numerusform>
            <numerusform>%n comments by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>on the map</source>
        <translation>on the map</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not yet sent</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photo of the comment</source>
        <translation>Photo of the comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden by the moderators: %1</source>
        <translation>Hidden by the moderators: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply to this comment</source>
        <translation>Reply to this comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No comments yet: be the first.</source>
        <translation>No comments yet: be the first.</translation>
    </message>
</context>
<context>
    <name>ComposeCommentDialog</name>
    <message>
        <location filename="../../qml/participation/ComposeCommentDialog.qml" line="+23"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on §%1</source>
        <translation>Comment on §%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your comment (what, where, why)</source>
        <translation>Your comment (what, where, why)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the comment</source>
        <translation>Text of the comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / 4000</source>
        <translation>%1 / 4000</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photo of the comment</source>
        <translation>Photo of the comment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing the photo…</source>
        <translation>Storing the photo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a photo to the comment from the files</source>
        <translation>Add a photo to the comment from the files</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a photo for the comment</source>
        <translation>Take a photo for the comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the map:</source>
        <translation>On the map:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no place</source>
        <translation>no place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a place (tap it on the map)</source>
        <translation>a place (tap it on the map)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an area (draw it on the map)</source>
        <translation>an area (draw it on the map)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where on the map the comment refers to</source>
        <translation>Where on the map the comment refers to</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue on the map</source>
        <translation>Continue on the map</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/common/ConfirmDialog.qml" line="+8"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../../qml/sync/ConflictPage.qml" line="+42"/>
        <source>The SIT&apos;s version was kept.</source>
        <translation>The SIT&apos;s version was kept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your choice will be sent with the next sync.</source>
        <translation>Your choice will be sent with the next sync.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to the sync page</source>
        <translation>Back to the sync page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You changed this feature here, and it was deleted on the SIT%1. Keep yours to bring it back with your changes, or accept the deletion.</source>
        <translation>You changed this feature here, and it was deleted on the SIT%1. Keep yours to bring it back with your changes, or accept the deletion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You deleted this feature here, and it was changed on the SIT%1. Delete it anyway, or keep the SIT&apos;s version.</source>
        <translation>You deleted this feature here, and it was changed on the SIT%1. Delete it anyway, or keep the SIT&apos;s version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields were changed both here and on the SIT%1. Nothing has been overwritten: choose what stays.</source>
        <translation>These fields were changed both here and on the SIT%1. Nothing has been overwritten: choose what stays.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine (this device)</source>
        <translation>Mine (this device)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SIT</source>
        <translation>SIT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: keep mine, %2</source>
        <translation>%1: keep mine, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: keep the SIT&apos;s, %2</source>
        <translation>%1: keep the SIT&apos;s, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other value:</source>
        <translation>Other value:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: type another value</source>
        <translation>%1: type another value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: value to keep</source>
        <translation>%1: value to keep</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shape or position was also changed on both sides: keeping yours keeps the shape drawn on this device.</source>
        <translation>The shape or position was also changed on both sides: keeping yours keeps the shape drawn on this device.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Accept the deletion</source>
        <translation>Accept the deletion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the SIT&apos;s version</source>
        <translation>Keep the SIT&apos;s version</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete anyway</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my choices</source>
        <translation>Keep my choices</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../qml/participation/ConsentDialog.qml" line="+14"/>
        <source>A new participant</source>
        <translation>A new participant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you write here (comments, proposals, places) goes to the Città metropolitana di Milano for the territorial plan, under a code, not your name. Moderators publish it or not. A name and an e-mail are optional, kept apart from what you write, and erased whenever you ask. Privacy notice version %1.</source>
        <translation>What you write here (comments, proposals, places) goes to the Città metropolitana di Milano for the territorial plan, under a code, not your name. Moderators publish it or not. A name and an e-mail are optional, kept apart from what you write, and erased whenever you ask. Privacy notice version %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have read the notice and agree to take part</source>
        <translation>I have read the notice and agree to take part</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, optional</source>
        <translation>Name, optional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail, to be told about the plan (optional)</source>
        <translation>E-mail, to be told about the plan (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail, optional</source>
        <translation>E-mail, optional</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take part</source>
        <translation>Take part</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateEditor.qml" line="+25"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: today</source>
        <translation>%1: today</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateTimeEditor.qml" line="+20"/>
        <source>DD/MM/YYYY hh:mm</source>
        <translation>DD/MM/YYYY hh:mm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: now</source>
        <translation>%1: now</translation>
    </message>
</context>
<context>
    <name>DefinitionUpdate</name>
    <message>
        <location filename="../../app/store/definitionupdate.cpp" line="+42"/>
        <source>The project&apos;s description, extent or basemaps changed.</source>
        <translation>The project&apos;s description, extent or basemaps changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New layer &apos;%1&apos;.</source>
        <translation>New layer &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; was removed from the project.</source>
        <translation>The layer &apos;%1&apos; was removed from the project.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; changed (title, style or options).</source>
        <translation>The layer &apos;%1&apos; changed (title, style or options).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New field &apos;%2&apos; in &apos;%1&apos;.</source>
        <translation>New field &apos;%2&apos; in &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &apos;%2&apos; was removed from &apos;%1&apos;; its values stay on this device and on the SIT.</source>
        <translation>The field &apos;%2&apos; was removed from &apos;%1&apos;; its values stay on this device and on the SIT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &apos;%2&apos; of &apos;%1&apos; changed (label, choices or constraints).</source>
        <translation>The field &apos;%2&apos; of &apos;%1&apos; changed (label, choices or constraints).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; now comes %2: it is received again.</source>
        <translation>The layer &apos;%1&apos; now comes %2: it is received again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole</source>
        <translation>whole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for the work area only</source>
        <translation>for the work area only</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The SIT&apos;s definition (version %1) is in format %2; this version of Territori reads format %3. Update the app; the project keeps working on its current definition.</source>
        <translation>The SIT&apos;s definition (version %1) is in format %2; this version of Territori reads format %3. Update the app; the project keeps working on its current definition.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SIT sent the definition of another project (&apos;%1&apos; instead of &apos;%2&apos;).</source>
        <translation>The SIT sent the definition of another project (&apos;%1&apos; instead of &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SIT&apos;s definition (version %1) has errors: %2</source>
        <translation>The SIT&apos;s definition (version %1) has errors: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The layer &apos;%1&apos; would change its kind of geometry; its features cannot be kept as they are. Ask the GIS office to publish a new layer instead.</source>
        <translation>The layer &apos;%1&apos; would change its kind of geometry; its features cannot be kept as they are. Ask the GIS office to publish a new layer instead.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &apos;%2&apos; of &apos;%1&apos; would change from %3 to %4; the values here cannot be kept as they are. Ask the GIS office to add a new field instead.</source>
        <translation>The field &apos;%2&apos; of &apos;%1&apos; would change from %3 to %4; the values here cannot be kept as they are. Ask the GIS office to add a new field instead.</translation>
    </message>
    <message>
        <location filename="../../app/store/editgateway_definition.cpp" line="+248"/>
        <source>The field &apos;%1&apos; was removed from the project, so the value entered here (%2) cannot be sent. Note it elsewhere if it matters, then send the change without it.</source>
        <translation>The field &apos;%1&apos; was removed from the project, so the value entered here (%2) cannot be sent. Note it elsewhere if it matters, then send the change without it.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no layer &apos;%1&apos; left over from an earlier definition.</source>
        <translation>There is no layer &apos;%1&apos; left over from an earlier definition.</translation>
    </message>
</context>
<context>
    <name>DefinitionUpdateDialog</name>
    <message>
        <location filename="../../qml/sync/DefinitionUpdateDialog.qml" line="+22"/>
        <source>The project was updated</source>
        <translation>The project was updated</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The GIS office published version %1 of the project&apos;s definition (this device had version %2). Nothing entered here was lost.</source>
        <translation>The GIS office published version %1 of the project&apos;s definition (this device had version %2). Nothing entered here was lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GIS office published version %1 of the project&apos;s definition. Nothing entered here was lost.</source>
        <translation>The GIS office published version %1 of the project&apos;s definition. Nothing entered here was lost.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n changes not yet sent no longer fit the new rules: they wait for you on the sync page.</source>
        <translation>
            <numerusform>%n change not yet sent no longer fits the new rules: it waits for you on the sync page.</numerusform>
            <numerusform>%n changes not yet sent no longer fit the new rules: they wait for you on the sync page.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No longer in the project, kept here for their unsent changes: %1. Export them from the sync page, then let them go.</source>
        <translation>No longer in the project, kept here for their unsent changes: %1. Export them from the sync page, then let them go.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed from the project: %1 (their features stay on the SIT).</source>
        <translation>Removed from the project: %1 (their features stay on the SIT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the sync page</source>
        <translation>Open the sync page</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DemoInstaller</name>
    <message>
        <location filename="../../app/core/demoinstaller.cpp" line="+26"/>
        <source>The demo file %1 is missing: %2</source>
        <translation>The demo file %1 is missing: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo file %1 is not valid JSON: %2</source>
        <translation>The demo file %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot copy the demo basemaps into %1</source>
        <translation>Cannot copy the demo basemaps into %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy the demo files to import into %1</source>
        <translation>Cannot copy the demo files to import into %1</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../../sync/projectdownload.cpp" line="+109"/>
        <source>&apos;%1&apos; is not a project id.</source>
        <translation>&apos;%1&apos; is not a project id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project &apos;%1&apos; is on this device already.</source>
        <translation>The project &apos;%1&apos; is on this device already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the project from the SIT</source>
        <translation>Reading the project from the SIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project &apos;%1&apos; is not in the SIT&apos;s catalogue for your account.</source>
        <translation>The project &apos;%1&apos; is not in the SIT&apos;s catalogue for your account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project &apos;%1&apos; is in definition format %2; this version of Territori reads format %3. Update the app to use it.</source>
        <translation>The project &apos;%1&apos; is in definition format %2; this version of Territori reads format %3. Update the app to use it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SIT sent the definition of another project for &apos;%1&apos;.</source>
        <translation>The SIT sent the definition of another project for &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s definition on the SIT has errors; ask the GIS office: %1</source>
        <translation>The project&apos;s definition on the SIT has errors; ask the GIS office: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SIT has no work area &apos;%1&apos;.</source>
        <translation>The SIT has no work area &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The project could not be written on this device: %1</source>
        <translation>The project could not be written on this device: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The download was cancelled; nothing of it was kept.</source>
        <translation>The download was cancelled; nothing of it was kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download stopped: %1 What arrived is kept; it goes on from there at the next try.</source>
        <translation>The download stopped: %1 What arrived is kept; it goes on from there at the next try.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the project</source>
        <translation>Opening the project</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot replace the folder %1.</source>
        <translation>Cannot replace the folder %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move the downloaded project into %1.</source>
        <translation>Cannot move the downloaded project into %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <location filename="../../qml/projects/DownloadPage.qml" line="+22"/>
        <source>The whole territory</source>
        <translation>The whole territory</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Download “%1”</source>
        <translation>Download “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the projects</source>
        <translation>Back to the projects</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which part of the territory?</source>
        <translation>Which part of the territory?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search a comune or a zona omogenea</source>
        <translation>Search a comune or a zona omogenea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the work areas</source>
        <translation>Search the work areas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The boundaries of these areas are samples, not official ones.</source>
        <translation>The boundaries of these areas are samples, not official ones.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sample boundary, not official</source>
        <translation>sample boundary, not official</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, sample boundary, not official</source>
        <translation>%1, sample boundary, not official</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SIT offers no work areas for this account: the project comes whole.</source>
        <translation>The SIT offers no work areas for this account: the project comes whole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comune or zona omogenea is called like that.</source>
        <translation>No comune or zona omogenea is called like that.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” for: %2</source>
        <translation>“%1” for: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every feature of the project comes to this device: on a large territory this takes time and room.</source>
        <translation>Every feature of the project comes to this device: on a large territory this takes time and room.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The features inside the area come to this device, with their photos and the basemaps. Features that leave the area on the SIT leave the device too, unless they have changes of yours not yet sent; what you create here always stays.</source>
        <translation>The features inside the area come to this device, with their photos and the basemaps. Features that leave the area on the SIT leave the device too, unless they have changes of yours not yet sent; what you create here always stays.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download %1 for %2</source>
        <translation>Download %1 for %2</translation>
    </message>
</context>
<context>
    <name>DownloadPane</name>
    <message>
        <location filename="../../qml/projects/DownloadPane.qml" line="+40"/>
        <source>Downloading “%1”</source>
        <translation>Downloading “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download stopped</source>
        <translation>The download stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is on this device</source>
        <translation>“%1” is on this device</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work area: %1</source>
        <translation>Work area: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Download of %1: %2 percent</source>
        <translation>Download of %1: %2 percent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the SIT</source>
        <translation>Connecting to the SIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the download: nothing of it is kept</source>
        <translation>Cancel the download: nothing of it is kept</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the download of %1 again, from where it stopped</source>
        <translation>Try the download of %1 again, from where it stopped</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <location filename="../../qml/participation/DraftPage.qml" line="+36"/>
        <source>Back to the drafts</source>
        <translation>Back to the drafts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>— (read)</source>
        <translation>— (read)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show what changed since an earlier version</source>
        <translation>Show what changed since an earlier version</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Go to paragraph %1, %2</source>
        <translation>Go to paragraph %1, %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n comments on paragraph %1</source>
        <translation>
            <numerusform>%n comment on paragraph %1</numerusform>
            <numerusform>%n comments on paragraph %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on paragraph %1</source>
        <translation>Comment on paragraph %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See on the map</source>
        <translation>See on the map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the place of paragraph %1 on the map: %2</source>
        <translation>Show the place of paragraph %1 on the map: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version %1 compared with version %2: removed words are struck through in red, new ones highlighted in green.</source>
        <translation>Version %1 compared with version %2: removed words are struck through in red, new ones highlighted in green.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHANGED</source>
        <translation>CHANGED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REMOVED</source>
        <translation>REMOVED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNCHANGED</source>
        <translation>UNCHANGED</translation>
    </message>
</context>
<context>
    <name>EditGateway</name>
    <message>
        <location filename="../../app/store/editgateway.cpp" line="+28"/>
        <source>The device storage is full: the edit was not saved and the project is as it was. Free some space and save again.</source>
        <translation>The device storage is full: the edit was not saved and the project is as it was. Free some space and save again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project cannot be written (read-only storage): the edit was not saved.</source>
        <translation>The project cannot be written (read-only storage): the edit was not saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project is busy in another program (for example QGIS): the edit was not saved. Try again.</source>
        <translation>The project is busy in another program (for example QGIS): the edit was not saved. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project store is damaged: the edit was not saved (%1).</source>
        <translation>The project store is damaged: the edit was not saved (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edit was not saved: %1</source>
        <translation>The edit was not saved: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+519"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>The layer &apos;%1&apos; has no field &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Not saved: %1. Save as draft to finish it later.</source>
        <translation>Not saved: %1. Save as draft to finish it later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: the feature has no geometry.</source>
        <translation>Not saved: the feature has no geometry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the layer &apos;%1&apos; holds single %2 geometries, and this one has %3 parts. Split it into separate features.</source>
        <translation>Not saved: the layer &apos;%1&apos; holds single %2 geometries, and this one has %3 parts. Split it into separate features.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: the layer &apos;%1&apos; holds %2 geometries, not %3.</source>
        <translation>Not saved: the layer &apos;%1&apos; holds %2 geometries, not %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: a coordinate is not a valid longitude/latitude.</source>
        <translation>Not saved: a coordinate is not a valid longitude/latitude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: a part of the geometry is empty.</source>
        <translation>Not saved: a part of the geometry is empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: a line needs at least two distinct points.</source>
        <translation>Not saved: a line needs at least two distinct points.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: a polygon ring needs at least three points and must be closed.</source>
        <translation>Not saved: a polygon ring needs at least three points and must be closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the polygon has no area.</source>
        <translation>Not saved: the polygon has no area.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: the geometry is not valid: %1 (near %2, %3). Move or remove a vertex, or repair it.</source>
        <translation>Not saved: the geometry is not valid: %1 (near %2, %3). Move or remove a vertex, or repair it.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+46"/>
        <location line="+99"/>
        <location line="+89"/>
        <location line="+96"/>
        <location filename="../../app/store/editgateway_import.cpp" line="+140"/>
        <location filename="../../app/store/editgateway_sync.cpp" line="+756"/>
        <source>The layer &apos;%1&apos; does not exist.</source>
        <translation>The layer &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <location line="-326"/>
        <location line="+45"/>
        <location line="+99"/>
        <location filename="../../app/store/editgateway_import.cpp" line="+2"/>
        <source>The layer &apos;%1&apos; cannot be edited.</source>
        <translation>The layer &apos;%1&apos; cannot be edited.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The feature no longer exists: it may have been deleted meanwhile.</source>
        <translation>The feature no longer exists: it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+122"/>
        <location line="+68"/>
        <source>The feature no longer exists.</source>
        <translation>The feature no longer exists.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last edit has already been sent to the knowledge system: edit the feature instead of undoing.</source>
        <translation>The last edit has already been sent to the knowledge system: edit the feature instead of undoing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the import has already been sent to the knowledge system: delete its features instead of undoing.</source>
        <translation>Part of the import has already been sent to the knowledge system: delete its features instead of undoing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last edit was made in another program (a desktop GIS): undo it there, or edit the feature here.</source>
        <translation>The last edit was made in another program (a desktop GIS): undo it there, or edit the feature here.</translation>
    </message>
    <message>
        <location filename="../../app/store/editgateway_sync.cpp" line="-4"/>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/files/ExportPage.qml" line="+15"/>
        <source>%1 (no longer in the project)</source>
        <translation>%1 (no longer in the project)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export layers</source>
        <translation>Export layers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose all the layers</source>
        <translation>Choose all the layers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose no layer</source>
        <translation>Choose no layer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 chosen</source>
        <translation>%1 of %2 chosen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coordinate system of the exported files</source>
        <translation>Coordinate system of the exported files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RDN2008 / UTM 32N is the national system the Regione Lombardia and the comuni use; choose WGS 84 (EPSG:4326) for web maps.</source>
        <translation>RDN2008 / UTM 32N is the national system the Regione Lombardia and the comuni use; choose WGS 84 (EPSG:4326) for web maps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder the export is written into</source>
        <translation>Folder the export is written into</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %n layers</source>
        <translation>
            <numerusform>Export %n layer</numerusform>
            <numerusform>Export %n layers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n features written in %1:</source>
        <translation>
            <numerusform>%n feature written in %1:</numerusform>
            <numerusform>%n features written in %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns renamed for the Shapefile:</source>
        <translation>Columns renamed for the Shapefile:</translation>
    </message>
</context>
<context>
    <name>FeatureListPage</name>
    <message>
        <location filename="../../qml/features/FeatureListPage.qml" line="+27"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by name or text</source>
        <translation>Search by name or text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search features</source>
        <translation>Search features</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, draft</source>
        <translation>%1, draft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modified %1</source>
        <translation>Modified %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show %1 on the map</source>
        <translation>Show %1 on the map</translation>
    </message>
</context>
<context>
    <name>FeaturePage</name>
    <message>
        <location filename="../../qml/forms/FeaturePage.qml" line="+36"/>
        <source>Saved as draft</source>
        <translation>Saved as draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move the vertices</source>
        <translation>Move the vertices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the feature</source>
        <translation>Delete the feature</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Storing %n photos…</source>
        <translation>
            <numerusform>Storing %n photo…</numerusform>
            <numerusform>Storing %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as draft, to finish later</source>
        <translation>Keep as draft, to finish later</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard the new feature?</source>
        <translation>Discard the new feature?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The geometry and the values entered will be lost.</source>
        <translation>The geometry and the values entered will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values changed since the last save will be lost.</source>
        <translation>The values changed since the last save will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the feature?</source>
        <translation>Delete the feature?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is removed from the project; until it is sent to the knowledge system you can still undo.</source>
        <translation>It is removed from the project; until it is sent to the knowledge system you can still undo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <location filename="../../qml/forms/FieldDelegate.qml" line="+82"/>
        <source>Required: fill it in, or keep the feature as a draft</source>
        <translation>Required: fill it in, or keep the feature as a draft</translation>
    </message>
</context>
<context>
    <name>FieldLink</name>
    <message>
        <location filename="../../qml/forms/FieldLink.qml" line="+21"/>
        <source>Go to the field: %1</source>
        <translation>Go to the field: %1</translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <location filename="../../app/store/validity.cpp" line="+157"/>
        <source>an outline has too few distinct points</source>
        <translation>an outline has too few distinct points</translation>
    </message>
</context>
<context>
    <name>IdentifySheet</name>
    <message>
        <location filename="../../qml/map/IdentifySheet.qml" line="+49"/>
        <source>Open the form of %1</source>
        <translation>Open the form of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the vertices of %1</source>
        <translation>Move the vertices of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/gis/cli/export_main.cpp" line="+96"/>
        <source>%1: column &apos;%2&apos; written as &apos;%3&apos; (Shapefile names have at most 10 characters)</source>
        <translation>%1: column &apos;%2&apos; written as &apos;%3&apos; (Shapefile names have at most 10 characters)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 features in %2 to %3</source>
        <translation>Exported %1 features in %2 to %3</translation>
    </message>
    <message>
        <location filename="../../app/gis/cli/import_main.cpp" line="+52"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, %2</source>
        <translation>row %1, %2</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>File: %1 (%2), layer %3</source>
        <translation>File: %1 (%2), layer %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates: %1, converted to WGS 84</source>
        <translation>Coordinates: %1, converted to WGS 84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates: %1, as the project keeps them</source>
        <translation>Coordinates: %1, as the project keeps them</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields: %1</source>
        <translation>Fields: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty: %1</source>
        <translation>Left empty: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.</source>
        <translation>Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more (see --report).</source>
        <translation>... and %1 more (see --report).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rows hold several parts and the layer holds single ones: --split-multipart imports each part as a feature of its own.</source>
        <translation>
            <numerusform>%n row holds several parts and the layer holds single ones: --split-multipart imports each part as a feature of its own.</numerusform>
            <numerusform>%n rows hold several parts and the layer holds single ones: --split-multipart imports each part as a feature of its own.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported %1 features into %2 (import %3); they will be sent with the next sync.</source>
        <translation>Imported %1 features into %2 (import %3); they will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/gis/exporter.cpp" line="+180"/>
        <source>Unknown export format &apos;%1&apos;: use gpkg, geojson, shp or csv.</source>
        <translation>Unknown export format &apos;%1&apos;: use gpkg, geojson, shp or csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/gis/importer.cpp" line="+519"/>
        <source>EPSG:%1 is not a coordinate system Territori knows.</source>
        <translation>EPSG:%1 is not a coordinate system Territori knows.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinates cannot be converted to %1.</source>
        <translation>Coordinates cannot be converted to %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project has no layer &apos;%1&apos;.</source>
        <translation>The project has no layer &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the export.</source>
        <translation>Say where to write the export.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is the project&apos;s own store: choose another file to export to.</source>
        <translation>%1 is the project&apos;s own store: choose another file to export to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+154"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+7"/>
        <location line="+102"/>
        <source>The project store cannot be read: %1</source>
        <translation>The project store cannot be read: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The layer &apos;%1&apos; is missing from the project store.</source>
        <translation>The layer &apos;%1&apos; is missing from the project store.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The layer &apos;%1&apos; cannot be written as %2: %3</source>
        <translation>The layer &apos;%1&apos; cannot be written as %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: values of &apos;%2&apos; longer than 254 bytes were cut (a Shapefile cannot hold more; GeoPackage keeps them whole).</source>
        <translation>%1: values of &apos;%2&apos; longer than 254 bytes were cut (a Shapefile cannot hold more; GeoPackage keeps them whole).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column &apos;%1&apos; of &apos;%2&apos; cannot be written as %3: %4</source>
        <translation>The column &apos;%1&apos; of &apos;%2&apos; cannot be written as %3: %4</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+118"/>
        <source>The export was cancelled: nothing was written.</source>
        <translation>The export was cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, feature %2: the coordinates cannot be converted to %3.</source>
        <translation>%1, feature %2: the coordinates cannot be converted to %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, feature %2 cannot be written: %3</source>
        <translation>%1, feature %2 cannot be written: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export could not be completed: %1</source>
        <translation>The export could not be completed: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file does not carry its coordinate system: its WKT column is in %1.</source>
        <translation>A CSV file does not carry its coordinate system: its WKT column is in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoJSON in a system other than WGS 84 names it in a &apos;crs&apos; member (GeoJSON 2008), which QGIS and GDAL read; RFC 7946 readers expect WGS 84.</source>
        <translation>GeoJSON in a system other than WGS 84 names it in a &apos;crs&apos; member (GeoJSON 2008), which QGIS and GDAL read; RFC 7946 readers expect WGS 84.</translation>
    </message>
    <message>
        <location filename="../../app/gis/fieldmatch.cpp" line="+240"/>
        <source>%1: &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: &apos;%2&apos; is neither yes nor no</translation>
    </message>
    <message>
        <location filename="../../app/gis/importer.cpp" line="-467"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polygons</source>
        <translation>polygons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometries</source>
        <translation>geometries</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>a point</source>
        <translation>a point</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+33"/>
        <source>a line</source>
        <translation>a line</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+27"/>
        <source>a polygon</source>
        <translation>a polygon</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>a multi-point of %n parts</source>
        <translation>
            <numerusform>a multi-point of %n part</numerusform>
            <numerusform>a multi-point of %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a multi-line of %n parts</source>
        <translation>
            <numerusform>a multi-line of %n part</numerusform>
            <numerusform>a multi-line of %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a multi-polygon of %n parts</source>
        <translation>
            <numerusform>a multi-polygon of %n part</numerusform>
            <numerusform>a multi-polygon of %n parts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>an empty geometry collection</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n polygons</source>
        <translation>
            <numerusform>%n polygon</numerusform>
            <numerusform>%n polygons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a geometry collection of %1</source>
        <translation>a geometry collection of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1° %2 %3° %4</source>
        <translation>%1° %2 %3° %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>around %1</source>
        <translation>around %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 more problems are not listed.</source>
        <translation>%1 more problems are not listed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is the project&apos;s own store: choose a file to import into it.</source>
        <translation>%1 is the project&apos;s own store: choose a file to import into it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds several layers: choose the one to import (%2).</source>
        <translation>%1 holds several layers: choose the one to import (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project has no layer &apos;%1&apos;. Its layers: %2.</source>
        <translation>The project has no layer &apos;%1&apos;. Its layers: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features cannot be imported into the layer &apos;%1&apos;.</source>
        <translation>Features cannot be imported into the layer &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The project has no layer a file can be imported into.</source>
        <translation>The project has no layer a file can be imported into.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it holds %1, as the file does, and %2 of the file&apos;s %3 columns match its fields.</source>
        <translation>it holds %1, as the file does, and %2 of the file&apos;s %3 columns match its fields.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no layer of the project holds %1, as the file does; %2 of the file&apos;s %3 columns match the fields of this one.</source>
        <translation>no layer of the project holds %1, as the file does; %2 of the file&apos;s %3 columns match the fields of this one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the file&apos;s %2 columns match its fields.</source>
        <translation>%1 of the file&apos;s %2 columns match its fields.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+116"/>
        <source>%1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation>%1 has no column &apos;%2&apos; (its columns: %3).</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 has no columns &apos;%2&apos; and &apos;%3&apos; for X and Y (its columns: %4).</source>
        <translation>%1 has no columns &apos;%2&apos; and &apos;%3&apos; for X and Y (its columns: %4).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no geometry: name its WKT column, or its X and Y columns (its columns: %2).</source>
        <translation>%1 has no geometry: name its WKT column, or its X and Y columns (its columns: %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 says its coordinates are in %2, but EPSG:%3 was chosen. If the file&apos;s coordinate system is wrong, confirm EPSG:%3 explicitly.</source>
        <translation>%1 says its coordinates are in %2, but EPSG:%3 was chosen. If the file&apos;s coordinate system is wrong, confirm EPSG:%3 explicitly.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not say in which coordinate system its coordinates are. Choose it (the comuni mostly use: %2).</source>
        <translation>%1 does not say in which coordinate system its coordinates are. Choose it (the comuni mostly use: %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coordinates in %1 cannot be converted to WGS 84: %2</source>
        <translation>Coordinates in %1 cannot be converted to WGS 84: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>The layer &apos;%1&apos; has no field &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the geometry in column %1 is larger than an import accepts</source>
        <translation>the geometry in column %1 is larger than an import accepts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no geometry: the column %1 is empty</source>
        <translation>no geometry: the column %1 is empty</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the column %1 does not hold a WKT geometry (&apos;%2&apos;)</source>
        <translation>the column %1 does not hold a WKT geometry (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no geometry: %1 or %2 is empty</source>
        <translation>no geometry: %1 or %2 is empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the row has no geometry</source>
        <translation>the row has no geometry</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the row has an empty geometry</source>
        <translation>the row has an empty geometry</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a closed line was taken as the outline of a polygon</source>
        <translation>a closed line was taken as the outline of a polygon</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the coordinates (%1, %2) are not valid in %3: is the coordinate system right?</source>
        <translation>the coordinates (%1, %2) are not valid in %3: is the coordinate system right?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the feature lies outside the territory of the Città metropolitana di Milano (at %1); accepted, as chosen</source>
        <translation>the feature lies outside the territory of the Città metropolitana di Milano (at %1); accepted, as chosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature lies outside the territory of the Città metropolitana di Milano (at %1, read as %2): is the coordinate system right?</source>
        <translation>the feature lies outside the territory of the Città metropolitana di Milano (at %1, read as %2): is the coordinate system right?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feature extends beyond the territory of the Città metropolitana di Milano</source>
        <translation>the feature extends beyond the territory of the Città metropolitana di Milano</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the column %2 holds more than %3 bytes, more than any field may hold</source>
        <translation>%1: the column %2 holds more than %3 bytes, more than any field may hold</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the column %2 holds binary data, which cannot be imported</source>
        <translation>%1: the column %2 holds binary data, which cannot be imported</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the geometry has %1 vertices, more than an import accepts</source>
        <translation>the geometry has %1 vertices, more than an import accepts</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>GEOS gives no reason</source>
        <translation>GEOS gives no reason</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+42"/>
        <source>%1, but the layer holds %2</source>
        <translation>%1, but the layer holds %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>part %1 of the row&apos;s %2 parts is empty</source>
        <translation>part %1 of the row&apos;s %2 parts is empty</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the layer holds single %2. Choose to split multi-part rows into one feature per part, each with the row&apos;s values, or split it in your GIS.</source>
        <translation>%1: the layer holds single %2. Choose to split multi-part rows into one feature per part, each with the row&apos;s values, or split it in your GIS.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: collections nested this deep cannot be imported</source>
        <translation>%1: collections nested this deep cannot be imported</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>part %1: %2</source>
        <translation>part %1: %2</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>the geometry was not valid (%1) and was repaired</source>
        <translation>the geometry was not valid (%1) and was repaired</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the geometry is not valid (%1) and repairing it gives %2</source>
        <translation>the geometry is not valid (%1) and repairing it gives %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the geometry is not valid (%1) and repairing it does not give one of the layer&apos;s %2</source>
        <translation>the geometry is not valid (%1) and repairing it does not give one of the layer&apos;s %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the geometry is not valid (%1); it can be repaired on request</source>
        <translation>the geometry is not valid (%1); it can be repaired on request</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part %1 of the row&apos;s %2 parts has no area</source>
        <translation>part %1 of the row&apos;s %2 parts has no area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the polygon has no area</source>
        <translation>the polygon has no area</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>part %1 of the row&apos;s %2 parts has no length</source>
        <translation>part %1 of the row&apos;s %2 parts has no length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line has no length</source>
        <translation>the line has no length</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the coordinates cannot be converted from %1 to WGS 84</source>
        <translation>the coordinates cannot be converted from %1 to WGS 84</translation>
    </message>
    <message>
        <location filename="../../app/gis/importer_passes.cpp" line="+23"/>
        <source>The import is not prepared.</source>
        <translation>The import is not prepared.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Coordinates read as %1, as chosen, not as the file says.</source>
        <translation>Coordinates read as %1, as chosen, not as the file says.</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+434"/>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location line="-598"/>
        <source>same geometry and values as row %1</source>
        <translation>same geometry and values as row %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the layer already has this feature (uuid %1)</source>
        <translation>the layer already has this feature (uuid %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 has no features to import.</source>
        <translation>%1 has no features to import.</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The file must be checked completely before it is imported.</source>
        <translation>The file must be checked completely before it is imported.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Only the first %1 rows were checked: the import stopped before the end of the file.</source>
        <translation>Only the first %1 rows were checked: the import stopped before the end of the file.</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>No row of %1 can be imported: see the report.</source>
        <translation>No row of %1 can be imported: see the report.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Columns of %1 not imported (no field of the layer takes them): %2.</source>
        <translation>Columns of %1 not imported (no field of the layer takes them): %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>part %1 of the row is already in the layer (uuid %2)</source>
        <translation>part %1 of the row is already in the layer (uuid %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>split into %1 features, one per part, each with the row&apos;s values</source>
        <translation>split into %1 features, one per part, each with the row&apos;s values</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 rows lie outside the project&apos;s territory, %3; they are accepted, as chosen.</source>
        <translation>%1 of %2 rows lie outside the project&apos;s territory, %3; they are accepted, as chosen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 rows lie outside the project&apos;s territory, %3: if they belong on it, the coordinates are probably not in %4 (check the coordinate system); if they are right, accept rows off the territory.</source>
        <translation>%1 of %2 rows lie outside the project&apos;s territory, %3: if they belong on it, the coordinates are probably not in %4 (check the coordinate system); if they are right, accept rows off the territory.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 rows lie outside the project&apos;s territory, %3.</source>
        <translation>%1 of %2 rows lie outside the project&apos;s territory, %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The geometries of %1 have heights (Z) on %2 of %3 rows; the layer keeps 2D coordinates, so the heights are dropped.</source>
        <translation>The geometries of %1 have heights (Z) on %2 of %3 rows; the layer keeps 2D coordinates, so the heights are dropped.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The geometries of %1 have measures (M) on %2 of %3 rows; the layer keeps 2D coordinates, so the measures are dropped.</source>
        <translation>The geometries of %1 have measures (M) on %2 of %3 rows; the layer keeps 2D coordinates, so the measures are dropped.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows of several parts are split into %1 features, one per part, each with its row&apos;s values.</source>
        <translation>
            <numerusform>%n row of several parts is split into %1 features, one per part, each with its row&apos;s values.</numerusform>
            <numerusform>%n rows of several parts are split into %1 features, one per part, each with its row&apos;s values.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to import the %3 valid rows and keep the report of the others.</source>
        <translation>%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to import the %3 valid rows and keep the report of the others.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row %1, part %2 of %3</source>
        <translation>Row %1, part %2 of %3</translation>
    </message>
    <message>
        <location line="+191"/>
        <location line="+28"/>
        <source>%1 changed after it was checked: check it again before importing.</source>
        <translation>%1 changed after it was checked: check it again before importing.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+113"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>The import was cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Row %1: %2. Nothing was imported.</source>
        <translation>Row %1: %2. Nothing was imported.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../app/gis/sourcefile.cpp" line="+81"/>
        <source>The Shapefile %1 has no .shx file (its index). Send all the files of the Shapefile together (.shp, .shx, .dbf, .prj and .cpg): Territori does not rebuild a missing index, because a missing file usually means an incomplete copy.</source>
        <translation>The Shapefile %1 has no .shx file (its index). Send all the files of the Shapefile together (.shp, .shx, .dbf, .prj and .cpg): Territori does not rebuild a missing index, because a missing file usually means an incomplete copy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Shapefile %1 has no .dbf file (its attribute table). Send all the files of the Shapefile together (.shp, .shx, .dbf, .prj and .cpg).</source>
        <translation>The Shapefile %1 has no .dbf file (its attribute table). Send all the files of the Shapefile together (.shp, .shx, .dbf, .prj and .cpg).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Shapefile or its header is damaged.</source>
        <translation>%1 is not a Shapefile or its header is damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .shp file of %1 is truncated: its header declares %2 bytes, the file has %3. Copy it again from the original.</source>
        <translation>The .shp file of %1 is truncated: its header declares %2 bytes, the file has %3. Copy it again from the original.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The .shx file of %1 is damaged or truncated. Copy the Shapefile again from the original.</source>
        <translation>The .shx file of %1 is damaged or truncated. Copy the Shapefile again from the original.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The .dbf file of %1 is damaged: its header cannot be read.</source>
        <translation>The .dbf file of %1 is damaged: its header cannot be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .dbf file of %1 is truncated: its header declares %2 records, the file holds only %3. Copy it again from the original.</source>
        <translation>The .dbf file of %1 is truncated: its header declares %2 records, the file holds only %3. Copy it again from the original.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The files of %1 do not agree: the .shx indexes %2 shapes, the .dbf holds %3 records. They are damaged or come from different copies.</source>
        <translation>The files of %1 do not agree: the .shx indexes %2 shapes, the .dbf holds %3 records. They are damaged or come from different copies.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is not a readable ZIP archive (damaged or incomplete).</source>
        <translation>%1 is not a readable ZIP archive (damaged or incomplete).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1: only files on this device can be imported.</source>
        <translation>%1: only files on this device can be imported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>The file %1 does not exist or cannot be read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder: choose a file (a Shapefile&apos;s .shp, a ZIP, a GeoPackage, ...).</source>
        <translation>%1 is a folder: choose a file (a Shapefile&apos;s .shp, a ZIP, a GeoPackage, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1 contains &apos;%2&apos;, a path outside the archive&apos;s folder. The archive is refused: nothing was read from it.</source>
        <translation>%1 contains &apos;%2&apos;, a path outside the archive&apos;s folder. The archive is refused: nothing was read from it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The KMZ archive %1 holds no KML document.</source>
        <translation>The KMZ archive %1 holds no KML document.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ZIP archive %1 is empty.</source>
        <translation>The ZIP archive %1 is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ZIP archive %1 holds no file Territori can import (a Shapefile, GeoPackage, GeoJSON, KML, GML, DXF or CSV). It holds: %2.</source>
        <translation>The ZIP archive %1 holds no file Territori can import (a Shapefile, GeoPackage, GeoJSON, KML, GML, DXF or CSV). It holds: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 holds no layer of features.</source>
        <translation>%1 holds no layer of features.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not valid GeoJSON.</source>
        <translation>%1 is not valid GeoJSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid GeoJSON: %2</source>
        <translation>%1 is not valid GeoJSON: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file Territori can import (Shapefile, ZIP, GeoPackage, GeoJSON, KML/KMZ, GML, DXF or CSV), or it is damaged.</source>
        <translation>%1 is not a file Territori can import (Shapefile, ZIP, GeoPackage, GeoJSON, KML/KMZ, GML, DXF or CSV), or it is damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>its .cpg file</source>
        <translation>its .cpg file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the language id in its .dbf</source>
        <translation>the language id in its .dbf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its byte-order mark</source>
        <translation>its byte-order mark</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 cannot be read as text: %2 of its %3 rows hold bytes that are neither %4 nor Windows-1252, and reading them anyway would garble their letters. Save the file again from your GIS with its encoding set to UTF-8.</source>
        <translation>%1 cannot be read as text: %2 of its %3 rows hold bytes that are neither %4 nor Windows-1252, and reading them anyway would garble their letters. Save the file again from your GIS with its encoding set to UTF-8.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n values end in a letter cut in half (the program that wrote the file cut them to the column&apos;s width); the incomplete letter was dropped.</source>
        <translation>
            <numerusform>%1: %n value ends in a letter cut in half (the program that wrote the file cut it to the column&apos;s width); the incomplete letter was dropped.</numerusform>
            <numerusform>%1: %n values end in a letter cut in half (the program that wrote the file cut them to the column&apos;s width); the incomplete letter was dropped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows-1252 (Latin-1), the encoding of the comuni&apos;s Windows programs. Check accented letters in the preview.</source>
        <translation>Windows-1252 (Latin-1), the encoding of the comuni&apos;s Windows programs. Check accented letters in the preview.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says its text is %2 (%3), but its accented letters are UTF-8: it was read as UTF-8.</source>
        <translation>%1 says its text is %2 (%3), but its accented letters are UTF-8: it was read as UTF-8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says its text is %2 (%3), but %4 of its %5 rows hold bytes that are not %2: their text was read as %6</source>
        <translation>%1 says its text is %2 (%3), but %4 of its %5 rows hold bytes that are not %2: their text was read as %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 says its text is UTF-8 (%2), but %3 of its %4 rows hold bytes that are not UTF-8: their text was read as %5</source>
        <translation>%1 says its text is UTF-8 (%2), but %3 of its %4 rows hold bytes that are not UTF-8: their text was read as %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not say how its text is encoded, and %2 of its %3 rows are not UTF-8: their text was read as %4</source>
        <translation>%1 does not say how its text is encoded, and %2 of its %3 rows are not UTF-8: their text was read as %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column names of %1 are not UTF-8: they were read as Windows-1252 (Latin-1).</source>
        <translation>The column names of %1 are not UTF-8: they were read as Windows-1252 (Latin-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.</source>
        <translation>%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no layer &apos;%2&apos;. Its layers: %3.</source>
        <translation>%1 has no layer &apos;%2&apos;. Its layers: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the layer &apos;%2&apos; cannot be read.</source>
        <translation>%1: the layer &apos;%2&apos; cannot be read.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is damaged after row %2 and cannot be read further: %3</source>
        <translation>%1 is damaged after row %2 and cannot be read further: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/gisloader.cpp" line="+45"/>
        <source>The import and export module cannot be loaded; looked for: %1</source>
        <translation>The import and export module cannot be loaded; looked for: %1</translation>
    </message>
</context>
<context>
    <name>ImportDonePane</name>
    <message numerus="yes">
        <location filename="../../qml/files/ImportDonePane.qml" line="+29"/>
        <source>%n features imported from %1</source>
        <translation>
            <numerusform>%n feature imported from %1</numerusform>
            <numerusform>%n features imported from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows of several parts became %1 features, one per part.</source>
        <translation>
            <numerusform>%n row of several parts became %1 features, one per part.</numerusform>
            <numerusform>%n rows of several parts became %1 features, one per part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows were left out; their report stays with the import.</source>
        <translation>
            <numerusform>%n row was left out; its report stays with the import.</numerusform>
            <numerusform>%n rows were left out; their report stays with the import.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They wait in the outbox and go to the SIT with the next sync.</source>
        <translation>They wait in the outbox and go to the SIT with the next sync.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show on the map</source>
        <translation>Show on the map</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import another file</source>
        <translation>Import another file</translation>
    </message>
</context>
<context>
    <name>ImportFieldsPane</name>
    <message>
        <location filename="../../qml/files/ImportFieldsPane.qml" line="+28"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates read as %1</source>
        <translation>Coordinates read as %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Into the layer:</source>
        <translation>Into the layer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer the file&apos;s features go into</source>
        <translation>Layer the file&apos;s features go into</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen for this file: %1</source>
        <translation>Chosen for this file: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer of the file:</source>
        <translation>Layer of the file:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which layer of the file to import</source>
        <translation>Which layer of the file to import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file says its coordinates are in %1. Use the system you chose instead?</source>
        <translation>The file says its coordinates are in %1. Use the system you chose instead?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the system the coordinates are really in; the file&apos;s own will be ignored.</source>
        <translation>Choose the system the coordinates are really in; the file&apos;s own will be ignored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not say which coordinate system its coordinates are in. Choose it: the import never guesses.</source>
        <translation>The file does not say which coordinate system its coordinates are in. Choose it: the import never guesses.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the coordinate system…</source>
        <translation>Choose the coordinate system…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system of the file</source>
        <translation>Coordinate system of the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this system</source>
        <translation>Use this system</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the coordinates in %1</source>
        <translation>Read the coordinates in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s coordinate system is wrong?</source>
        <translation>The file&apos;s coordinate system is wrong?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Geometry from</source>
        <translation>Geometry from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Column of the X coordinate (easting or longitude)</source>
        <translation>Column of the X coordinate (easting or longitude)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column of the Y coordinate (northing or latitude)</source>
        <translation>Column of the Y coordinate (northing or latitude)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or WKT</source>
        <translation>or WKT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column of the geometry as WKT</source>
        <translation>Column of the geometry as WKT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the geometry from these columns</source>
        <translation>Take the geometry from these columns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields of the layer and where they come from</source>
        <translation>Fields of the layer and where they come from</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fields appear once the file&apos;s coordinate system and geometry are settled.</source>
        <translation>The fields appear once the file&apos;s coordinate system and geometry are settled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check every row</source>
        <translation>Check every row</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check every row of the file; nothing is written yet</source>
        <translation>Check every row of the file; nothing is written yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
</context>
<context>
    <name>ImportFilePane</name>
    <message>
        <location filename="../../qml/files/ImportFilePane.qml" line="+21"/>
        <source>Into the layer</source>
        <translation>Into the layer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer the file&apos;s features go into</source>
        <translation>Layer the file&apos;s features go into</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unless you choose one, the layer that fits the file (its geometry and its columns) is chosen when the file is read.</source>
        <translation>Unless you choose one, the layer that fits the file (its geometry and its columns) is chosen when the file is read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Comune the file comes from</source>
        <translation>Comune the file comes from</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer who sends it</source>
        <translation>Officer who sends it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer who sends the file</source>
        <translation>Officer who sends the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shapefile (also zipped), GeoPackage, GeoJSON, KML/KMZ, GML, DXF and CSV with WKT or X/Y columns. Nothing is written until every row has been checked and you confirm.</source>
        <translation>Shapefile (also zipped), GeoPackage, GeoJSON, KML/KMZ, GML, DXF and CSV with WKT or X/Y columns. Nothing is written until every row has been checked and you confirm.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Up one folder</source>
        <translation>Up one folder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1  (%2 kB)</source>
        <translation>%1  (%2 kB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file here that can be imported.</source>
        <translation>No file here that can be imported.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/files/ImportPage.qml" line="+15"/>
        <source>Import a GIS file</source>
        <translation>Import a GIS file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. File</source>
        <translation>1. File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Fields</source>
        <translation>2. Fields</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Check</source>
        <translation>3. Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. Done</source>
        <translation>4. Done</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current step: %1</source>
        <translation>Current step: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to the project…</source>
        <translation>Writing to the project…</translation>
    </message>
</context>
<context>
    <name>ImportReportPane</name>
    <message>
        <location filename="../../qml/files/ImportReportPane.qml" line="+32"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geometries repaired</source>
        <translation>Geometries repaired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split into parts</source>
        <translation>Split into parts</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rows, %1 features</source>
        <translation>
            <numerusform>%n row, %1 features</numerusform>
            <numerusform>%n rows, %1 features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair invalid geometries (checks again)</source>
        <translation>Repair invalid geometries (checks again)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Split the %n rows of several parts into one feature per part (checks again)</source>
        <translation>
            <numerusform>Split the %n row of several parts into one feature per part (checks again)</numerusform>
            <numerusform>Split the %n rows of several parts into one feature per part (checks again)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accept rows off the metropolitan territory (checks again)</source>
        <translation>Accept rows off the metropolitan territory (checks again)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What to import</source>
        <translation>What to import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing, until the file is corrected</source>
        <translation>Nothing, until the file is corrected</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Only the %n valid rows; the report keeps the others</source>
        <translation>
            <numerusform>Only the %n valid row; the report keeps the others</numerusform>
            <numerusform>Only the %n valid rows; the report keeps the others</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved in %1</source>
        <translation>Report saved in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report of every problem as CSV</source>
        <translation>Save the report of every problem as CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %n rows</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About the file</source>
        <translation>About the file</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n problems, by row</source>
        <translation>
            <numerusform>%n problem, by row</numerusform>
            <numerusform>%n problems, by row</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problem found</source>
        <translation>No problem found</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more not listed (the saved report counts them)</source>
        <translation>
            <numerusform>…and %n more not listed (the saved report counts it)</numerusform>
            <numerusform>…and %n more not listed (the saved report counts them)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Warning: </source>
        <translation>Warning: </translation>
    </message>
</context>
<context>
    <name>LayersDrawer</name>
    <message>
        <location filename="../../qml/map/LayersDrawer.qml" line="+26"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1, %n features</source>
        <translation>
            <numerusform>%1, %n feature</numerusform>
            <numerusform>%1, %n features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Form unusable: %1</source>
        <translation>Form unusable: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amber outline: draft, still to be completed</source>
        <translation>Amber outline: draft, still to be completed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online maps are kept on the device as they are seen, for use without a network.</source>
        <translation>Online maps are kept on the device as they are seen, for use without a network.</translation>
    </message>
</context>
<context>
    <name>LocalProjectCard</name>
    <message>
        <location filename="../../qml/projects/LocalProjectCard.qml" line="+52"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download interrupted</source>
        <translation>Download interrupted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole territory</source>
        <translation>Whole territory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample boundary</source>
        <translation>sample boundary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloaded so far</source>
        <translation>downloaded so far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never synchronised</source>
        <translation>Never synchronised</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n features with changes not yet sent to the SIT</source>
        <translation>
            <numerusform>%n feature with changes not yet sent to the SIT</numerusform>
            <numerusform>%n features with changes not yet sent to the SIT</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes waiting to be sent</source>
        <translation>No changes waiting to be sent</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from this device</source>
        <translation>Remove %1 from this device</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard what was downloaded of %1</source>
        <translation>Discard what was downloaded of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume the download of %1 where it stopped</source>
        <translation>Resume the download of %1 where it stopped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the map of %1</source>
        <translation>Back to the map of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../qml/map/MapPage.qml" line="+46"/>
        <source>Layers and basemaps</source>
        <translation>Layers and basemaps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Projects (open now: %1): open another one or download one</source>
        <translation>Projects (open now: %1): open another one or download one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects on this device and on the SIT</source>
        <translation>Projects on this device and on the SIT</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>SAMPLE DATA</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The features of this project are samples, not official data</source>
        <translation>The features of this project are samples, not official data</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n edits to send</source>
        <translation>
            <numerusform>%n edit to send</numerusform>
            <numerusform>%n edits to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n edits are waiting to be sent to the knowledge system</source>
        <translation>
            <numerusform>%n edit is waiting to be sent to the knowledge system</numerusform>
            <numerusform>%n edits are waiting to be sent to the knowledge system</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the knowledge system: %1</source>
        <translation>Sync with the knowledge system: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participation: drafts, comments and territorial tables</source>
        <translation>Participation: drafts, comments and territorial tables</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GIS files: import and export</source>
        <translation>GIS files: import and export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a comune&apos;s GIS file…</source>
        <translation>Import a comune&apos;s GIS file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export layers…</source>
        <translation>Export layers…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feature lists</source>
        <translation>Feature lists</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop following the position</source>
        <translation>Stop following the position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to my position and follow it</source>
        <translation>Go to my position and follow it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the whole project</source>
        <translation>Show the whole project</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading layers…</source>
        <translation>Loading layers…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Table: %1 · writing: %2</source>
        <translation>Table: %1 · writing: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table: %1 · choose who writes</source>
        <translation>Table: %1 · choose who writes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Territorial table %1, open it</source>
        <translation>Territorial table %1, open it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap the place your comment is about</source>
        <translation>Tap the place your comment is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the area your comment is about</source>
        <translation>Draw the area your comment is about</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New feature</source>
        <translation>New feature</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the drawing?</source>
        <translation>Discard the drawing?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vertices drawn so far will be lost.</source>
        <translation>The vertices drawn so far will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the feature?</source>
        <translation>Delete the feature?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is removed from the project; until it is sent to the knowledge system you can still undo.</source>
        <translation>It is removed from the project; until it is sent to the knowledge system you can still undo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../qml/map/MapView.qml" line="+182"/>
        <source>Basemap: %1</source>
        <translation>Basemap: %1</translation>
    </message>
</context>
<context>
    <name>MappingRow</name>
    <message>
        <location filename="../../qml/files/MappingRow.qml" line="+14"/>
        <source>— nothing —</source>
        <translation>— nothing —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same value for every row…</source>
        <translation>Same value for every row…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>matched by name</source>
        <translation>matched by name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Source of the field %1</source>
        <translation>Source of the field %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same value of %1 for every row</source>
        <translation>The same value of %1 for every row</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: every row will be rejected</source>
        <translation>empty: every row will be rejected</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../app/core/moderation.cpp" line="+81"/>
        <source>a place on the map</source>
        <translation>a place on the map</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This layer is not moderated.</source>
        <translation>This layer is not moderated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown moderation state &apos;%1&apos;.</source>
        <translation>Unknown moderation state &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why it is hidden: its author reads the reason.</source>
        <translation>Say why it is hidden: its author reads the reason.</translation>
    </message>
</context>
<context>
    <name>ModerationEntry</name>
    <message>
        <location filename="../../qml/moderation/ModerationEntry.qml" line="+32"/>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision taken here, not yet on the SIT</source>
        <translation>Decision taken here, not yet on the SIT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish: %1</source>
        <translation>Publish: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw: %1</source>
        <translation>Withdraw: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide: %1</source>
        <translation>Hide: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back in the queue: %1</source>
        <translation>Put back in the queue: %1</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../qml/moderation/ModerationPage.qml" line="+26"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to participation</source>
        <translation>Back to participation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing waits for a decision.</source>
        <translation>Nothing waits for a decision.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No decision taken on this tablet yet.</source>
        <translation>No decision taken on this tablet yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide this entry</source>
        <translation>Hide this entry</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its author reads the reason on their tablet. Say why it is not published (for example: offensive, off topic, personal data of others).</source>
        <translation>Its author reads the reason on their tablet. Say why it is not published (for example: offensive, off topic, personal data of others).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for hiding</source>
        <translation>Reason for hiding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide it with this reason</source>
        <translation>Hide it with this reason</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../qml/forms/editors/MultiChoiceEditor.qml" line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (no longer a choice)</source>
        <translation>%1 (no longer a choice)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2, no longer a choice; untick to remove it</source>
        <translation>%1: %2, no longer a choice; untick to remove it</translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message numerus="yes">
        <location filename="../../qml/forms/editors/MultilineEditor.qml" line="+16"/>
        <source>Up to %n characters</source>
        <translation>
            <numerusform>Up to %n character</numerusform>
            <numerusform>Up to %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFeatureMenu</name>
    <message>
        <location filename="../../qml/capture/NewFeatureMenu.qml" line="+48"/>
        <source>New feature in %1</source>
        <translation>New feature in %1</translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <location filename="../../qml/map/NorthArrow.qml" line="+11"/>
        <source>North arrow: turn the map north up</source>
        <translation>North arrow: turn the map north up</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../qml/common/NoticeBanner.qml" line="+40"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../qml/forms/editors/NumberEditor.qml" line="+17"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/common/PageHeader.qml" line="+10"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <location filename="../../app/core/comments.cpp" line="+66"/>
        <source>This project does not take comments.</source>
        <translation>This project does not take comments.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The comment being answered is not on this device.</source>
        <translation>The comment being answered is not on this device.</translation>
    </message>
    <message>
        <location filename="../../app/core/drafts.cpp" line="+221"/>
        <source>This draft is not on this device.</source>
        <translation>This draft is not on this device.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments on this draft open on %1.</source>
        <translation>Comments on this draft open on %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The comment window of this draft closed on %1.</source>
        <translation>The comment window of this draft closed on %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This draft does not take comments.</source>
        <translation>This draft does not take comments.</translation>
    </message>
    <message>
        <location filename="../../app/core/tablesessions.cpp" line="+81"/>
        <source>The territorial table &quot;%1&quot; is closed: what was written there can no longer be changed.</source>
        <translation>The territorial table &quot;%1&quot; is closed: what was written there can no longer be changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>%n participants, %1 entries</source>
        <translation>
            <numerusform>%n participant, %1 entries</numerusform>
            <numerusform>%n participants, %1 entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Say where the table meets: a comune or a zona omogenea.</source>
        <translation>Say where the table meets: a comune or a zona omogenea.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Taking part needs the participant&apos;s consent to the privacy notice.</source>
        <translation>Taking part needs the participant&apos;s consent to the privacy notice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+83"/>
        <source>The territorial table is not on this device.</source>
        <translation>The territorial table is not on this device.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The territorial table is closed.</source>
        <translation>The territorial table is closed.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no participant %1 at this table.</source>
        <translation>There is no participant %1 at this table.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project does not say which data of a participant are personal.</source>
        <translation>The project does not say which data of a participant are personal.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme or paragraph</source>
        <translation>Theme or paragraph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Territorial table</source>
        <translation>Territorial table</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No personal data: participants are counted, not named.</source>
        <translation>No personal data: participants are counted, not named.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territorial table: %1</source>
        <translation>Territorial table: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../qml/participation/ParticipationPage.qml" line="+19"/>
        <source>Participation in the PTM</source>
        <translation>Participation in the PTM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No territorial table on this tablet</source>
        <translation>No territorial table on this tablet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open one to let several people write here, each under their own code.</source>
        <translation>Open one to let several people write here, each under their own code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing now: %1</source>
        <translation>Writing now: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen to write yet</source>
        <translation>Nobody chosen to write yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: its entries are locked</source>
        <translation>Closed: its entries are locked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage the table</source>
        <translation>Manage the table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a table</source>
        <translation>Open a table</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Moderation: %n entries wait for a decision</source>
        <translation>
            <numerusform>Moderation: %n entry waits for a decision</numerusform>
            <numerusform>Moderation: %n entries wait for a decision</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the moderators&apos; page</source>
        <translation>Open the moderators&apos; page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts of the STTM strategies</source>
        <translation>Drafts of the STTM strategies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the drafts (e.g. rete verde, logistica)</source>
        <translation>Search the drafts (e.g. rete verde, logistica)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the drafts</source>
        <translation>Search the drafts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No paragraph contains these words.</source>
        <translation>No paragraph contains these words.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Version %1 · %n paragraphs</source>
        <translation>
            <numerusform>Version %1 · %n paragraph</numerusform>
            <numerusform>Version %1 · %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No drafts on this tablet yet: they come from the SIT with the next sync.</source>
        <translation>No drafts on this tablet yet: they come from the SIT with the next sync.</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../qml/forms/editors/PhotoEditor.qml" line="+34"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove photo %1</source>
        <translation>Remove photo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add from files</source>
        <translation>Add from files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: add a photo from the files</source>
        <translation>%1: add a photo from the files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: take a photo with the camera</source>
        <translation>%1: take a photo with the camera</translation>
    </message>
</context>
<context>
    <name>PhotoPickerPage</name>
    <message>
        <location filename="../../qml/forms/PhotoPickerPage.qml" line="+26"/>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the parent folder</source>
        <translation>Go to the parent folder</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../qml/files/PreviewCard.qml" line="+22"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../app/store/project.cpp" line="+64"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/projectregistry.cpp" line="+48"/>
        <location filename="../../app/store/project.cpp" line="+3"/>
        <source>%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.</source>
        <translation>%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/store/project.cpp" line="+5"/>
        <source>%1 is an SQLite database but not a GeoPackage. It was not changed.</source>
        <translation>%1 is an SQLite database but not a GeoPackage. It was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/project.cpp" line="+170"/>
        <source>The project definition has errors:
%1</source>
        <translation>The project definition has errors:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the project folder %1</source>
        <translation>Cannot create the project folder %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project already exists in %1</source>
        <translation>A project already exists in %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot move the new store into place in %1</source>
        <translation>Cannot move the new store into place in %1</translation>
    </message>
    <message>
        <location filename="../../app/core/projectregistry.cpp" line="+57"/>
        <location filename="../../app/store/project.cpp" line="+11"/>
        <source>There is no Territori project in %1 (project.gpkg is missing).</source>
        <translation>There is no Territori project in %1 (project.gpkg is missing).</translation>
    </message>
    <message>
        <location filename="../../app/store/project.cpp" line="+10"/>
        <source>The project store is damaged (%1). It was not changed: restore it from a backup or copy the project again.</source>
        <translation>The project store is damaged (%1). It was not changed: restore it from a backup or copy the project again.</translation>
    </message>
    <message>
        <location filename="../../app/core/projectregistry.cpp" line="-51"/>
        <location filename="../../app/store/project.cpp" line="+7"/>
        <source>This GeoPackage was not made by Territori. It was not changed; use Import to bring its layers into a project.</source>
        <translation>This GeoPackage was not made by Territori. It was not changed; use Import to bring its layers into a project.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/store/project.cpp" line="+4"/>
        <source>This project was saved by a newer version of Territori (store version %1; this version reads up to %2). Update the app; the file was not changed.</source>
        <translation>This project was saved by a newer version of Territori (store version %1; this version reads up to %2). Update the app; the file was not changed.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../app/store/project.cpp" line="+36"/>
        <source>The project store cannot be read (%1). It was not changed.</source>
        <translation>The project store cannot be read (%1). It was not changed.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location filename="../../app/store/project.cpp" line="+12"/>
        <source>The project store has no project description.</source>
        <translation>The project store has no project description.</translation>
    </message>
    <message>
        <location filename="../../app/store/project.cpp" line="+5"/>
        <source>The project description in the store is unreadable: %1</source>
        <translation>The project description in the store is unreadable: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The definition of layer &apos;%1&apos; is unreadable.</source>
        <translation>The definition of layer &apos;%1&apos; is unreadable.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The project&apos;s work area (%1) has no readable boundary.</source>
        <translation>The project&apos;s work area (%1) has no readable boundary.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../qml/projects/ProjectsPage.qml" line="+22"/>
        <source>%1 as %2</source>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIT account</source>
        <translation>SIT account</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+160"/>
        <location line="+46"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>SIT address, user and password</source>
        <translation>SIT address, user and password</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No project on this device yet.</source>
        <translation>No project on this device yet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The offline demo project</source>
        <translation>The offline demo project</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample surveys and drafts of the PTM, to try Territori without a SIT. Its features are samples, not official data.</source>
        <translation>Sample surveys and drafts of the PTM, to try Territori without a SIT. Its features are samples, not official data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install the demo</source>
        <translation>Install the demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the offline demo project and open it</source>
        <translation>Install the offline demo project and open it</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On the SIT</source>
        <translation>On the SIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the SIT&apos;s catalogue</source>
        <translation>Reading the SIT&apos;s catalogue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the SIT&apos;s catalogue again</source>
        <translation>Read the SIT&apos;s catalogue again</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in with your SIT account to see the projects of the Città metropolitana you may download, for a comune, a zona omogenea or the whole territory.</source>
        <translation>Sign in with your SIT account to see the projects of the Città metropolitana you may download, for a comune, a zona omogenea or the whole territory.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to the SIT</source>
        <translation>Sign in to the SIT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This SIT keeps no catalogue of projects: ask the GIS office.</source>
        <translation>This SIT keeps no catalogue of projects: ask the GIS office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SIT has no project for your account.</source>
        <translation>The SIT has no project for your account.</translation>
    </message>
</context>
<context>
    <name>RemoveProjectDialog</name>
    <message>
        <location filename="../../qml/projects/RemoveProjectDialog.qml" line="+25"/>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” has changes to %n features that are not on the SIT yet. Removing the project deletes them from this device for good.</source>
        <translation>
            <numerusform>“%1” has changes to %n feature that are not on the SIT yet. Removing the project deletes them from this device for good.</numerusform>
            <numerusform>“%1” has changes to %n features that are not on the SIT yet. Removing the project deletes them from this device for good.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the project and export them first, or let the sync send them, then remove it.</source>
        <translation>Open the project and export them first, or let the sync send them, then remove it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this device? Its features, photos and maps here are deleted; what was sent to the SIT stays there.</source>
        <translation>Remove “%1” from this device? Its features, photos and maps here are deleted; what was sent to the SIT stays there.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>I understand: the %n unsent changes are lost</source>
        <translation>
            <numerusform>I understand: %n unsent change is lost</numerusform>
            <numerusform>I understand: the %n unsent changes are lost</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open and export</source>
        <translation>Open and export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open %1 and export its layers</source>
        <translation>Open %1 and export its layers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove anyway</source>
        <translation>Remove anyway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1 and lose its unsent changes</source>
        <translation>Remove %1 and lose its unsent changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device</source>
        <translation>Remove %1 from this device</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <location filename="../../qml/map/ScaleBar.qml" line="+23"/>
        <source>Scale: %1</source>
        <translation>Scale: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="+22"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with every edit</source>
        <translation>Your name, recorded with every edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name and surname, or office</source>
        <translation>Name and surname, or office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surveyor name</source>
        <translation>Surveyor name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GPS capture</source>
        <translation>GPS capture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept positions with accuracy better than (m)</source>
        <translation>Accept positions with accuracy better than (m)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy threshold in metres</source>
        <translation>Accuracy threshold in metres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions averaged for a point</source>
        <translation>Positions averaged for a point</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of positions to average</source>
        <translation>Number of positions to average</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While recording a track, add a vertex every</source>
        <translation>While recording a track, add a vertex every</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track interval</source>
        <translation>Track interval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metres</source>
        <translation>metres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track interval unit</source>
        <translation>Track interval unit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Position source: %1</source>
        <translation>Position source: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No position source</source>
        <translation>No position source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territori %1</source>
        <translation>Territori %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../app/store/spatialindex.cpp" line="+143"/>
        <source>The spatial index %1 has no valid root node.</source>
        <translation>The spatial index %1 has no valid root node.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/ui/conflictlistmodel.cpp" line="+51"/>
        <source>Changed here, deleted on the SIT</source>
        <translation>Changed here, deleted on the SIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted here, changed on the SIT</source>
        <translation>Deleted here, changed on the SIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here and on the SIT</source>
        <translation>Changed here and on the SIT</translation>
    </message>
    <message>
        <location filename="../../app/ui/synccontroller.cpp" line="+32"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/credentialstore.cpp" line="+18"/>
        <source>No password is saved for this user yet.</source>
        <translation>No password is saved for this user yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device has no keychain: the password is kept only until Territori is closed.</source>
        <translation>This device has no keychain: the password is kept only until Territori is closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access: the password is kept only until Territori is closed.</source>
        <translation>The keychain refused access: the password is kept only until Territori is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1).</source>
        <translation>The keychain failed (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/curltransport.cpp" line="+149"/>
        <source>The server sent part %1 of the file; this device has %2 bytes of it.</source>
        <translation>The server sent part %1 of the file; this device has %2 bytes of it.</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../sync/http.cpp" line="+52"/>
        <location filename="../../sync/sitclient.cpp" line="+107"/>
        <location line="+3"/>
        <location line="+90"/>
        <location line="+188"/>
        <location line="+10"/>
        <location line="+212"/>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply from %1 is larger than %2 MB: refused.</source>
        <translation>The reply from %1 is larger than %2 MB: refused.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity of %1 cannot be verified (%2). The connection was refused; ask for the server&apos;s certificate authority.</source>
        <translation>The identity of %1 cannot be verified (%2). The connection was refused; ask for the server&apos;s certificate authority.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address is not valid: %1</source>
        <translation>The server address is not valid: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 did not answer in time (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1 (%2).</source>
        <translation>Cannot reach %1 (%2).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The server %1 does not use HTTPS: the password was not sent. Use an https:// address.</source>
        <translation>The server %1 does not use HTTPS: the password was not sent. Use an https:// address.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/http.cpp" line="+13"/>
        <source>The SIT refuses requests from this device for a while (HTTP 429: too many failed sign-ins or requests): try again in %n minute(s).</source>
        <translation>
            <numerusform>The SIT refuses requests from this device for a while (HTTP 429: too many failed sign-ins or requests): try again in %n minute.</numerusform>
            <numerusform>The SIT refuses requests from this device for a while (HTTP 429: too many failed sign-ins or requests): try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered HTTP %1.</source>
        <translation>The server answered HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>The server answered HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine.cpp" line="+93"/>
        <source>Connecting to the SIT</source>
        <translation>Connecting to the SIT</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project could not be written: %1. What was confirmed so far is kept.</source>
        <translation>The project could not be written: %1. What was confirmed so far is kept.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The project &apos;%1&apos; is no longer in the SIT&apos;s catalogue for your account: it keeps its definition; ask the GIS office.</source>
        <translation>The project &apos;%1&apos; is no longer in the SIT&apos;s catalogue for your account: it keeps its definition; ask the GIS office.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiving the project&apos;s new definition</source>
        <translation>Receiving the project&apos;s new definition</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The project&apos;s definition changed (version %1): %n change(s) not yet sent wait for you to check them on the sync page.</source>
        <translation>
            <numerusform>The project&apos;s definition changed (version %1): %n change not yet sent waits for you to check it on the sync page.</numerusform>
            <numerusform>The project&apos;s definition changed (version %1): %n changes not yet sent wait for you to check them on the sync page.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project no longer has the layer(s) %1, whose edits here were not sent: export them from the sync page.</source>
        <translation>The project no longer has the layer(s) %1, whose edits here were not sent: export them from the sync page.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The layer &apos;%1&apos; is not published on the SIT: its edits stay on this device.</source>
        <translation>The layer &apos;%1&apos; is not published on the SIT: its edits stay on this device.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SIT does not publish territori_tombstones: it is not set up for sync (see docs/sit.md).</source>
        <translation>The SIT does not publish territori_tombstones: it is not set up for sync (see docs/sit.md).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The layer &apos;%1&apos; on the SIT lacks the sync columns %2: it is not synced.</source>
        <translation>The layer &apos;%1&apos; on the SIT lacks the sync columns %2: it is not synced.</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_push.cpp" line="+60"/>
        <source>The photo %1 cannot be read on this device: %2</source>
        <translation>The photo %1 cannot be read on this device: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo %1 on this device is damaged (its content no longer matches its fingerprint); the feature was not sent.</source>
        <translation>The photo %1 on this device is damaged (its content no longer matches its fingerprint); the feature was not sent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The photo %1 is neither on this device nor on the SIT; the feature was not sent.</source>
        <translation>The photo %1 is neither on this device nor on the SIT; the feature was not sent.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The SIT holds another file under the name of the photo %1; the feature was not sent. Ask the SIT&apos;s administrator to look at it.</source>
        <translation>The SIT holds another file under the name of the photo %1; the feature was not sent. Ask the SIT&apos;s administrator to look at it.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The photo %1 arrived damaged at the SIT; it will be sent again.</source>
        <translation>The photo %1 arrived damaged at the SIT; it will be sent again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 (%2 MB) is larger than the SIT accepts; the feature was not sent. Take it again at a lower resolution.</source>
        <translation>The photo %1 (%2 MB) is larger than the SIT accepts; the feature was not sent. Take it again at a lower resolution.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SIT&apos;s space for your account&apos;s photos is full; the feature was not sent. Ask the SIT&apos;s administrator.</source>
        <translation>The SIT&apos;s space for your account&apos;s photos is full; the feature was not sent. Ask the SIT&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The SIT&apos;s layer &apos;%1&apos; has no field %2: the feature was not sent, so that nothing is lost. Ask for the field to be added to the SIT.</source>
        <translation>The SIT&apos;s layer &apos;%1&apos; has no field %2: the feature was not sent, so that nothing is lost. Ask for the field to be added to the SIT.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The SIT&apos;s layer &apos;%1&apos; has no field %2: the change was not sent, so that nothing is lost. Ask for the field to be added to the SIT.</source>
        <translation>The SIT&apos;s layer &apos;%1&apos; has no field %2: the change was not sent, so that nothing is lost. Ask for the field to be added to the SIT.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Sending %n edits</source>
        <translation>
            <numerusform>Sending %n edit</numerusform>
            <numerusform>Sending %n edits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An edit of %1 could not be confirmed after several tries; it will be sent again at the next sync.</source>
        <translation>An edit of %1 could not be confirmed after several tries; it will be sent again at the next sync.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>An edit of %1 was not sent: %2</source>
        <translation>An edit of %1 was not sent: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A feature of %1 stays on this device until it is fixed: %2</source>
        <translation>A feature of %1 stays on this device until it is fixed: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The SIT refused the change: %1</source>
        <translation>The SIT refused the change: %1</translation>
    </message>
    <message>
        <location filename="../../app/store/editgateway_sync.cpp" line="-649"/>
        <source>holds bytes that are not UTF-8 text (byte 0x%1 at byte %2): type the value again</source>
        <translation>holds bytes that are not UTF-8 text (byte 0x%1 at byte %2): type the value again</translation>
    </message>
    <message>
        <location line="+157"/>
        <location filename="../../sync/syncengine_push.cpp" line="-115"/>
        <source>The feature to send is no longer in the project.</source>
        <translation>The feature to send is no longer in the project.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: holds binary data, not a value</source>
        <translation>%1: holds binary data, not a value</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The geometry cannot be read (%1): draw it again or save it in QGIS as a GeoPackage geometry.</source>
        <translation>The geometry cannot be read (%1): draw it again or save it in QGIS as a GeoPackage geometry.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The geometry lies outside the project&apos;s territory (at %1, %2): was it saved in another coordinate system?</source>
        <translation>The geometry lies outside the project&apos;s territory (at %1, %2): was it saved in another coordinate system?</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_push.cpp" line="+136"/>
        <source>Sending edits</source>
        <translation>Sending edits</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_pull.cpp" line="+34"/>
        <source>The SIT&apos;s sync kit is older than this app (it publishes no feed watermark): changes are read one page at a time, more slowly. Ask for the kit to be updated (docs/sit.md).</source>
        <translation>The SIT&apos;s sync kit is older than this app (it publishes no feed watermark): changes are read one page at a time, more slowly. Ask for the kit to be updated (docs/sit.md).</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Receiving %1</source>
        <translation>Receiving %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving deletions</source>
        <translation>Receiving deletions</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The basemap &apos;%1&apos; names no usable package on the SIT.</source>
        <translation>The basemap &apos;%1&apos; names no usable package on the SIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Receiving the basemap %1</source>
        <translation>Receiving the basemap %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The photo %1 from the SIT does not match its fingerprint: it was not kept.</source>
        <translation>The photo %1 from the SIT does not match its fingerprint: it was not kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The photo %1 could not be saved on this device: %2</source>
        <translation>The photo %1 could not be saved on this device: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries you could see were withdrawn by the moderators and were removed from this device.</source>
        <translation>
            <numerusform>%n entry you could see was withdrawn by the moderators and was removed from this device.</numerusform>
            <numerusform>%n entries you could see were withdrawn by the moderators and were removed from this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) of the SIT could not be taken on this device and were set aside (%1); they are tried again at every sync.</source>
        <translation>
            <numerusform>%n feature of the SIT could not be taken on this device and was set aside (%1); it is tried again at every sync.</numerusform>
            <numerusform>%n features of the SIT could not be taken on this device and were set aside (%1); they are tried again at every sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) named by features here are not on this device yet; they are fetched again at the next sync.</source>
        <translation>
            <numerusform>%n photo named by features here is not on this device yet; it is fetched again at the next sync.</numerusform>
            <numerusform>%n photos named by features here are not on this device yet; they are fetched again at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_push.cpp" line="+120"/>
        <source>The feature is not on the SIT any more and the SIT gave no reason.</source>
        <translation>The feature is not on the SIT any more and the SIT gave no reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SIT refused the feature: %1</source>
        <translation>The SIT refused the feature: %1</translation>
    </message>
    <message>
        <location filename="../../sync/wfs.cpp" line="+109"/>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a web page instead of %1 (is the address that of the SIT&apos;s WFS service?).</source>
        <translation>The server sent a web page instead of %1 (is the address that of the SIT&apos;s WFS service?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an empty reply instead of %1.</source>
        <translation>The server sent an empty reply instead of %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent something other than %1.</source>
        <translation>The server sent something other than %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent something other than %1 (%2).</source>
        <translation>The server sent something other than %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/store/layerdef.cpp" line="+670"/>
        <source>holds the control character U+%1 at character %2, which XML cannot carry: remove it</source>
        <translation>holds the control character U+%1 at character %2, which XML cannot carry: remove it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds %1 (U+%2) at character %3, which the SIT&apos;s WFS (QGIS Server 3.22) stores as another character: remove it</source>
        <translation>holds %1 (U+%2) at character %3, which the SIT&apos;s WFS (QGIS Server 3.22) stores as another character: remove it</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_verify.cpp" line="+61"/>
        <source>Comparing the layers with the SIT</source>
        <translation>Comparing the layers with the SIT</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The comparison with the SIT found %n feature(s) that differed on this device; they were fetched again.</source>
        <translation>
            <numerusform>The comparison with the SIT found %n feature that differed on this device; it was fetched again.</numerusform>
            <numerusform>The comparison with the SIT found %n features that differed on this device; they were fetched again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) on this device are on the SIT neither as features nor as deletions (%1): they were kept here; ask the SIT&apos;s administrator.</source>
        <translation>
            <numerusform>%n feature on this device is on the SIT neither as a feature nor as a deletion (%1): it was kept here; ask the SIT&apos;s administrator.</numerusform>
            <numerusform>%n features on this device are on the SIT neither as features nor as deletions (%1): they were kept here; ask the SIT&apos;s administrator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/sitclient.cpp" line="-616"/>
        <source>The SIT did not accept the user name and password (HTTP 401).</source>
        <translation>The SIT did not accept the user name and password (HTTP 401).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role on the SIT may not do this (HTTP 403).</source>
        <translation>Your role on the SIT may not do this (HTTP 403).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on the SIT may not do this: %1</source>
        <translation>Your role on the SIT may not do this: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>The SIT refused the request: %1</source>
        <translation>The SIT refused the request: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The SIT sent the changes of %1 out of revision order; nothing of them was kept (its WFS must honour SortBy).</source>
        <translation>The SIT sent the changes of %1 out of revision order; nothing of them was kept (its WFS must honour SortBy).</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>The photo %1 is not on the SIT.</source>
        <translation>The photo %1 is not on the SIT.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+21"/>
        <source>the catalogue of projects</source>
        <translation>the catalogue of projects</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SIT sent the project &apos;%1&apos; without its definition.</source>
        <translation>The SIT sent the project &apos;%1&apos; without its definition.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The SIT sent the work area &apos;%1&apos; without its boundary.</source>
        <translation>The SIT sent the work area &apos;%1&apos; without its boundary.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The file %1 on the SIT is not the one expected; it is fetched again.</source>
        <translation>The file %1 on the SIT is not the one expected; it is fetched again.</translation>
    </message>
    <message>
        <location filename="../../sync/wfs.cpp" line="+150"/>
        <source>a WFS transaction response</source>
        <translation>a WFS transaction response</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s reply is cut off or malformed (%1, line %2).</source>
        <translation>The server&apos;s reply is cut off or malformed (%1, line %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a feature type description</source>
        <translation>a feature type description</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server&apos;s feature type description is cut off or malformed (%1).</source>
        <translation>The server&apos;s feature type description is cut off or malformed (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/sitclient.cpp" line="-392"/>
        <location line="+37"/>
        <location filename="../../sync/wfs.cpp" line="+33"/>
        <location line="+180"/>
        <source>GeoJSON features</source>
        <translation>GeoJSON features</translation>
    </message>
    <message>
        <location filename="../../sync/wfs.cpp" line="-179"/>
        <location line="+180"/>
        <source>The server&apos;s list of features is cut off or malformed (%1 at byte %2).</source>
        <translation>The server&apos;s list of features is cut off or malformed (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+182"/>
        <source>The server&apos;s reply is JSON but not a GeoJSON FeatureCollection.</source>
        <translation>The server&apos;s reply is JSON but not a GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>A feature in the server&apos;s reply has no uuid or no revision: the SIT layer is not set up for sync (see docs/sit.md).</source>
        <translation>A feature in the server&apos;s reply has no uuid or no revision: the SIT layer is not set up for sync (see docs/sit.md).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2: %3 (left empty on this device)</source>
        <translation>%1 %2: %3 (left empty on this device)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The geometry of %1 %2 in the server&apos;s reply is unreadable: %3</source>
        <translation>The geometry of %1 %2 in the server&apos;s reply is unreadable: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a feature count</source>
        <translation>a feature count</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The SIT&apos;s feed watermark (territori_feed_state) is not one row with a revision.</source>
        <translation>The SIT&apos;s feed watermark (territori_feed_state) is not one row with a revision.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A row of the SIT&apos;s applied operations has no operation or revision.</source>
        <translation>A row of the SIT&apos;s applied operations has no operation or revision.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A row of the SIT&apos;s layer digest has no bucket, count or digest.</source>
        <translation>A row of the SIT&apos;s layer digest has no bucket, count or digest.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A project of the SIT&apos;s catalogue has no id or version.</source>
        <translation>A project of the SIT&apos;s catalogue has no id or version.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The definition of the project &apos;%1&apos; arrived damaged (it does not match its fingerprint).</source>
        <translation>The definition of the project &apos;%1&apos; arrived damaged (it does not match its fingerprint).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The definition of the project &apos;%1&apos; on the SIT is not valid JSON: %2</source>
        <translation>The definition of the project &apos;%1&apos; on the SIT is not valid JSON: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A work area of the SIT has no id or name.</source>
        <translation>A work area of the SIT has no id or name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The boundary of the work area &apos;%1&apos; is not a polygon: %2</source>
        <translation>The boundary of the work area &apos;%1&apos; is not a polygon: %2</translation>
    </message>
    <message>
        <location filename="../../sync/packages.cpp" line="+73"/>
        <source>The basemap package %1 arrived damaged (it does not match its fingerprint); it is fetched again at the next sync.</source>
        <translation>The basemap package %1 arrived damaged (it does not match its fingerprint); it is fetched again at the next sync.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move the basemap package into place: %1</source>
        <translation>Cannot move the basemap package into place: %1</translation>
    </message>
</context>
<context>
    <name>SyncAccountDialog</name>
    <message>
        <location filename="../../qml/sync/SyncAccountDialog.qml" line="+17"/>
        <source>SIT account</source>
        <translation>SIT account</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SIT address (the WFS service of your role)</source>
        <translation>SIT address (the WFS service of your role)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SIT address</source>
        <translation>SIT address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name on the SIT</source>
        <translation>User name on the SIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password on the SIT</source>
        <translation>Password on the SIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in this device&apos;s keychain</source>
        <translation>Keep the password in this device&apos;s keychain</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Connect and sync</source>
        <translation>Connect and sync</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/sync/SyncPage.qml" line="+30"/>
        <source>Back to the map</source>
        <translation>Back to the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with the SIT</source>
        <translation>Sync with the SIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIT address, user and password</source>
        <translation>SIT address, user and password</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The GIS office published version %1 of the project: it opens again on it when you go back to the map.</source>
        <translation>The GIS office published version %1 of the project: it opens again on it when you go back to the map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it now</source>
        <translation>Open it now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the project again on its new definition now</source>
        <translation>Open the project again on its new definition now</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The SIT has a newer definition of this project that this device cannot apply. The project keeps working on the one it has; tell the GIS office:</source>
        <translation>The SIT has a newer definition of this project that this device cannot apply. The project keeps working on the one it has; tell the GIS office:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel the sync</source>
        <translation>Cancel the sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now with the SIT</source>
        <translation>Sync now with the SIT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync automatically when edits wait and the network is there</source>
        <translation>Sync automatically when edits wait and the network is there</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 as %2</source>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict on %1 in %2: %3</source>
        <translation>Conflict on %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for you</source>
        <translation>Waiting for you</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer %1 is no longer in the project: %2</source>
        <translation>Layer %1 is no longer in the project: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct %1 in %2: %3</source>
        <translation>Correct %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 could not be taken: %3</source>
        <translation>%1 in %2 could not be taken: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A field of this change is no longer in the project; the change waits until you send it without that value:</source>
        <translation>A field of this change is no longer in the project; the change waits until you send it without that value:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be sent as it is; it stays on this device until corrected:</source>
        <translation>Cannot be sent as it is; it stays on this device until corrected:</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Let the layer go</source>
        <translation>Let the layer go</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>On the SIT, but this device could not take it (tried again at every sync):</source>
        <translation>On the SIT, but this device could not take it (tried again at every sync):</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Sync now: not available, no SIT account on this device</source>
        <translation>Sync now: not available, no SIT account on this device</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync is not possible yet: this device has no SIT account. Enter the address, user and password the GIS office gave you.</source>
        <translation>Sync is not possible yet: this device has no SIT account. Enter the address, user and password the GIS office gave you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the account</source>
        <translation>Enter the account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIT address, user and password</source>
        <translation>Enter the SIT address, user and password</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send without it</source>
        <translation>Send without it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the change of %1 without the values of removed fields</source>
        <translation>Send the change of %1 without the values of removed fields</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the layer %1</source>
        <translation>Export the layer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+110"/>
        <source>Let it go</source>
        <translation>Let it go</translation>
    </message>
    <message numerus="yes">
        <location line="-106"/>
        <source>The layer “%1” and the changes to %n of its features that were never sent leave this device for good. Export them first if they matter.</source>
        <translation>
            <numerusform>The layer “%1” and the changes to %n of its features that were never sent leave this device for good. Export them first if they matter.</numerusform>
            <numerusform>The layer “%1” and the changes to %n of its features that were never sent leave this device for good. Export them first if they matter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the layer %1 go, with its unsent changes</source>
        <translation>Let the layer %1 go, with its unsent changes</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photos of features on this device are not here yet: they are downloaded at the next sync.</source>
        <translation>
            <numerusform>%n photo of a feature on this device is not here yet: it is downloaded at the next sync.</numerusform>
            <numerusform>%n photos of features on this device are not here yet: they are downloaded at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>on the SIT</source>
        <translation>on the SIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SIT refused: %1</source>
        <translation>The SIT refused: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last full comparison with the SIT: %1</source>
        <translation>Last full comparison with the SIT: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes from the last sync</source>
        <translation>Notes from the last sync</translation>
    </message>
</context>
<context>
    <name>SyncStatusBanner</name>
    <message>
        <location filename="../../qml/sync/SyncStatusBanner.qml" line="+51"/>
        <source>Last complete sync: %1</source>
        <translation>Last complete sync: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next try at %1</source>
        <translation>Next try at %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter user and password</source>
        <translation>Enter user and password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send refused edits again</source>
        <translation>Send refused edits again</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../qml/participation/TablePage.qml" line="+20"/>
        <source>Territorial table</source>
        <translation>Territorial table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a table</source>
        <translation>Open a table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it meets: a comune, or a zona omogenea</source>
        <translation>Where it meets: a comune, or a zona omogenea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— comune —</source>
        <translation>— comune —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— zona omogenea —</source>
        <translation>— zona omogenea —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zona omogenea</source>
        <translation>Zona omogenea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic (e.g. the green network in the Nord Ovest)</source>
        <translation>Topic (e.g. the green network in the Nord Ovest)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic of the table</source>
        <translation>Topic of the table</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Facilitator (office)</source>
        <translation>Facilitator (office)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the table</source>
        <translation>Open the table</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open. Each participant writes under their own code and sees only their own entries.</source>
        <translation>Open. Each participant writes under their own code and sees only their own entries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: the entries of this table are locked. They go to the SIT with the next sync.</source>
        <translation>Closed: the entries of this table are locked. They go to the SIT with the next sync.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each participant gets a code (like P-7K2M) instead of their name: comments are signed with the code. Choose who writes now; a name or an e-mail is kept only if they gave it, and can be erased.</source>
        <translation>Each participant gets a code (like P-7K2M) instead of their name: comments are signed with the code. Choose who writes now; a name or an e-mail is kept only if they gave it, and can be erased.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 writes now</source>
        <translation>%1 writes now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>joined at %1</source>
        <translation>joined at %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>personal data erased</source>
        <translation>personal data erased</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name or e-mail kept</source>
        <translation>name or e-mail kept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no personal data</source>
        <translation>no personal data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase their data</source>
        <translation>Erase their data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the name and e-mail of %1</source>
        <translation>Erase the name and e-mail of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody has joined yet.</source>
        <translation>Nobody has joined yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>End of the meeting</source>
        <translation>End of the meeting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When the meeting is over, close the table: what was written is locked and goes to the SIT.</source>
        <translation>When the meeting is over, close the table: what was written is locked and goes to the SIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the table</source>
        <translation>Close the table</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Minutes (PDF and CSV)</source>
        <translation>Minutes (PDF and CSV)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Date (day/month/year)</source>
        <translation>Date (day/month/year)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Minutes written:
%1</source>
        <translation>Minutes written:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the minutes of the table, without personal data</source>
        <translation>Write the minutes of the table, without personal data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this table</source>
        <translation>Leave this table</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Close the table: the entries are locked</source>
        <translation>Close the table: the entries are locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 can write now.</source>
        <translation>%1 can write now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the table?</source>
        <translation>Close the table?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the participants wrote is locked and can no longer be changed here.</source>
        <translation>What the participants wrote is locked and can no longer be changed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase personal data?</source>
        <translation>Erase personal data?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name and e-mail of %1 are erased on this tablet now and on the SIT with the next sync. What they wrote stays, under the code.</source>
        <translation>The name and e-mail of %1 are erased on this tablet now and on the SIT with the next sync. What they wrote stays, under the code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message numerus="yes">
        <location filename="../../qml/forms/editors/TextEditor.qml" line="+17"/>
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/common/Toast.qml" line="+43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/store/layerdef.cpp" line="-186"/>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; is not a whole number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a date and time</source>
        <translation>%1: &apos;%2&apos; is not a date and time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: &apos;%2&apos; is neither yes nor no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a list</source>
        <translation>%1: &apos;%2&apos; is not a list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be at least %2</source>
        <translation>%1 must be at least %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at most %2</source>
        <translation>%1 must be at most %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs at least %2 characters</source>
        <translation>%1 needs at least %2 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation>%1 is too long: %2 characters, at most %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the expected format</source>
        <translation>%1 is not in the expected format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the expected format: %2</source>
        <translation>%1 is not in the expected format: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is not one of the choices</source>
        <translation>%1: &apos;%2&apos; is not one of the choices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: at most %2 photos</source>
        <translation>%1: at most %2 photos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; is not a photo reference</source>
        <translation>%1: &apos;%2&apos; is not a photo reference</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: invalid date</source>
        <translation>%1: invalid date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: invalid date and time</source>
        <translation>%1: invalid date and time</translation>
    </message>
</context>
<context>
    <name>VertexHandle</name>
    <message>
        <location filename="../../qml/capture/VertexHandle.qml" line="+19"/>
        <source>Vertex %1: drag to move, press and hold to remove</source>
        <translation>Vertex %1: drag to move, press and hold to remove</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../qml/main.qml" line="+24"/>
        <source>Territori – %1</source>
        <translation>Territori – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territori</source>
        <translation>Territori</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Comment saved; it goes to the SIT with the next sync.</source>
        <translation>Comment saved; it goes to the SIT with the next sync.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>The project cannot be opened</source>
        <translation>The project cannot be opened</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Projects on this device</source>
        <translation>Projects on this device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the projects page: open another project, or download one</source>
        <translation>Open the projects page: open another project, or download one</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A download is under way</source>
        <translation>A download is under way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing Territori now cancels the download of “%1”: what arrived so far is removed.</source>
        <translation>Closing Territori now cancels the download of “%1”: what arrived so far is removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and cancel it</source>
        <translation>Close and cancel it</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The GIS office published a new version of the project: it opens again on it once you are back on the map.</source>
        <translation>The GIS office published a new version of the project: it opens again on it once you are back on the map.</translation>
    </message>
</context>
<context>
    <name>territori::core::FormController</name>
    <message>
        <location filename="../../app/core/formcontroller.cpp" line="+152"/>
        <source>This form cannot be used with this version of the app: %1</source>
        <translation>This form cannot be used with this version of the app: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The feature no longer exists.</source>
        <translation>The feature no longer exists.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This feature was changed in another program and waits on this device: %1. Correct the values and save.</source>
        <translation>This feature was changed in another program and waits on this device: %1. Correct the values and save.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wait until the photos are stored, then save.</source>
        <translation>Wait until the photos are stored, then save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved. Correct these fields first:
%1</source>
        <translation>Not saved. Correct these fields first:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: some required fields are empty. Fill them in, or keep the feature as a draft to finish later.
%1</source>
        <translation>Not saved: some required fields are empty. Fill them in, or keep the feature as a draft to finish later.
%1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The photo %1 was stored in the project, but its form had been closed: it is not attached.</source>
        <translation>The photo %1 was stored in the project, but its form had been closed: it is not attached.</translation>
    </message>
</context>
<context>
    <name>territori::core::PhotoImportJob</name>
    <message>
        <location filename="../../app/core/photostore.cpp" line="+131"/>
        <source>Cannot read the photo %1: %2</source>
        <translation>Cannot read the photo %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is too large (%2 MB; at most %3 MB).</source>
        <translation>The photo %1 is too large (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
        <source>%1 is not a photo this app can read (JPEG, PNG, WebP, TIFF).</source>
        <translation>%1 is not a photo this app can read (JPEG, PNG, WebP, TIFF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo %1 is damaged and cannot be read: %2</source>
        <translation>The photo %1 is damaged and cannot be read: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is damaged: the file is incomplete (cut off before its end).</source>
        <translation>The photo %1 is damaged: the file is incomplete (cut off before its end).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photo could not be stored in the project (%1). Free some space and try again.</source>
        <translation>The photo could not be stored in the project (%1). Free some space and try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The photo&apos;s thumbnail could not be stored (%1).</source>
        <translation>The photo&apos;s thumbnail could not be stored (%1).</translation>
    </message>
</context>
<context>
    <name>territori::map::TileServer</name>
    <message>
        <location filename="../../app/map/tileserver.cpp" line="+320"/>
        <source>The local map tile server could not start.</source>
        <translation>The local map tile server could not start.</translation>
    </message>
</context>
<context>
    <name>territori::platform::PositionProvider</name>
    <message>
        <location filename="../../platform/positionprovider.cpp" line="+48"/>
        <source>The app may not use the position: allow it in the system settings.</source>
        <translation>The app may not use the position: allow it in the system settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position source was switched off.</source>
        <translation>The position source was switched off.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the NMEA log %1: %2</source>
        <translation>Cannot read the NMEA log %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This device has no position source.</source>
        <translation>This device has no position source.</translation>
    </message>
</context>
<context>
    <name>territori::ui::EditController</name>
    <message>
        <location filename="../../app/ui/editcontroller.cpp" line="+41"/>
        <source>Undo: new feature in %1</source>
        <translation>Undo: new feature in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: change in %1</source>
        <translation>Undo: change in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: deletion in %1</source>
        <translation>Undo: deletion in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: file import into %1</source>
        <translation>Undo: file import into %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The feature no longer exists.</source>
        <translation>The feature no longer exists.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The geometry is not complete: a line needs two points, a polygon three.</source>
        <translation>The geometry is not complete: a line needs two points, a polygon three.</translation>
    </message>
</context>
<context>
    <name>territori::ui::ExportController</name>
    <message>
        <location filename="../../app/ui/exportcontroller.cpp" line="+53"/>
        <source>GeoPackage (QGIS)</source>
        <translation>GeoPackage (QGIS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (geometry as WKT)</source>
        <translation>CSV (geometry as WKT)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder %1 cannot be written: choose another one.</source>
        <translation>The folder %1 cannot be written: choose another one.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>territori::ui::ImportController</name>
    <message>
        <location filename="../../app/ui/importcontroller.cpp" line="+27"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long text</source>
        <translation>long text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of a list</source>
        <translation>one of a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several of a list</source>
        <translation>several of a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>%1 is not a folder that can be opened.</source>
        <translation>%1 is not a folder that can be opened.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose the file to import first.</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file is not ready to be checked: settle what the page asks first.</source>
        <translation>The file is not ready to be checked: settle what the page asks first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file must be checked completely before it is imported.</source>
        <translation>The file must be checked completely before it is imported.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No folder can take the report: neither %1 nor the documents folder is writable.</source>
        <translation>No folder can take the report: neither %1 nor the documents folder is writable.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>territori::ui::MapController</name>
    <message>
        <location filename="../../app/ui/mapcontroller.cpp" line="+200"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
</context>
<context>
    <name>territori::ui::ModerationController</name>
    <message>
        <location filename="../../app/ui/moderationcontroller.cpp" line="+32"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for moderation</source>
        <translation>Waiting for moderation</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Published: it goes to the SIT with the next sync.</source>
        <translation>Published: it goes to the SIT with the next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: it goes to the SIT with the next sync.</source>
        <translation>Hidden: it goes to the SIT with the next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in the queue.</source>
        <translation>Back in the queue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on the SIT</source>
        <translation>on the SIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to send</source>
        <translation>to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the SIT</source>
        <translation>refused by the SIT</translation>
    </message>
</context>
<context>
    <name>territori::ui::ParticipationController</name>
    <message>
        <location filename="../../app/ui/participationcontroller.cpp" line="+259"/>
        <source>Comments open until %1</source>
        <translation>Comments open until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments open</source>
        <translation>Comments open</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This territorial table is closed: leave it to comment on your own.</source>
        <translation>This territorial table is closed: leave it to comment on your own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who is writing: each participant at the table writes under their own code.</source>
        <translation>Choose who is writing: each participant at the table writes under their own code.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The personal data of %1 were erased on this device; the erasure reaches the SIT with the next sync.</source>
        <translation>The personal data of %1 were erased on this device; the erasure reaches the SIT with the next sync.</translation>
    </message>
</context>
<context>
    <name>territori::ui::ProjectsController</name>
    <message>
        <location filename="../../app/ui/projectscontroller.cpp" line="+134"/>
        <source>Connected for this session only.</source>
        <translation>Connected for this session only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the SIT address (https://…) and your user name.</source>
        <translation>Give the SIT address (https://…) and your user name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the password in the keychain…</source>
        <translation>Saving the password in the keychain…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in this device&apos;s keychain.</source>
        <translation>The password is kept in this device&apos;s keychain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept only until Territori is closed.</source>
        <translation>The password is kept only until Territori is closed.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The SIT refused the user name or password: check them under Sign in.</source>
        <translation>The SIT refused the user name or password: check them under Sign in.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Zone omogenee</source>
        <translation>Zone omogenee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other areas</source>
        <translation>Other areas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>The whole territory</source>
        <translation>The whole territory</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>All of it</source>
        <translation>All of it</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&apos;%1&apos; is being downloaded: wait for it to finish or cancel it.</source>
        <translation>&apos;%1&apos; is being downloaded: wait for it to finish or cancel it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project cannot be downloaded</source>
        <translation>The project cannot be downloaded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; is not a project id.</source>
        <translation>&apos;%1&apos; is not a project id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first</source>
        <translation>Sign in first</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to the SIT with your user name and password to download its projects.</source>
        <translation>Sign in to the SIT with your user name and password to download its projects.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on this device</source>
        <translation>Already on this device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; is on this device already.</source>
        <translation>&apos;%1&apos; is on this device already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer version of Territori is needed</source>
        <translation>A newer version of Territori is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project &apos;%1&apos; is in definition format %2; this version of Territori reads format %3. Update the app to use it.</source>
        <translation>The project &apos;%1&apos; is in definition format %2; this version of Territori reads format %3. Update the app to use it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the catalogue for your account</source>
        <translation>Not in the catalogue for your account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project &apos;%1&apos; is not in the SIT&apos;s catalogue for your account (%2).</source>
        <translation>The project &apos;%1&apos; is not in the SIT&apos;s catalogue for your account (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n basemap packages could not be downloaded: the project works without them, and the next sync tries again.</source>
        <translation>
            <numerusform>%n basemap package could not be downloaded: the project works without it, and the next sync tries again.</numerusform>
            <numerusform>%n basemap packages could not be downloaded: the project works without them, and the next sync tries again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&apos;%1&apos; is on this device: %n features.</source>
        <translation>
            <numerusform>&apos;%1&apos; is on this device: %n feature.</numerusform>
            <numerusform>&apos;%1&apos; is on this device: %n features.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No connection to the SIT</source>
        <translation>No connection to the SIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is full</source>
        <translation>This device is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>The SIT refused the user name or password</source>
        <translation>The SIT refused the user name or password</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The SIT&apos;s certificate is not trusted</source>
        <translation>The SIT&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project could not be written on this device</source>
        <translation>The project could not be written on this device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SIT could not give the project</source>
        <translation>The SIT could not give the project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download stopped</source>
        <translation>The download stopped</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This download is under way: cancel it instead.</source>
        <translation>This download is under way: cancel it instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interrupted download of &apos;%1&apos; could not be removed.</source>
        <translation>The interrupted download of &apos;%1&apos; could not be removed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+55"/>
        <source>There is no project &apos;%1&apos; on this device.</source>
        <translation>There is no project &apos;%1&apos; on this device.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>This project is open. Open another one first, then remove this one.</source>
        <translation>This project is open. Open another one first, then remove this one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project is being downloaded: cancel the download instead.</source>
        <translation>This project is being downloaded: cancel the download instead.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&apos;%1&apos; has changes to %n features not yet sent to the SIT: it was not removed.</source>
        <translation>
            <numerusform>&apos;%1&apos; has changes to %n feature not yet sent to the SIT: it was not removed.</numerusform>
            <numerusform>&apos;%1&apos; has changes to %n features not yet sent to the SIT: it was not removed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; could not be removed: its folder %2 cannot be changed.</source>
        <translation>&apos;%1&apos; could not be removed: its folder %2 cannot be changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; was removed from this device.</source>
        <translation>&apos;%1&apos; was removed from this device.</translation>
    </message>
</context>
<context>
    <name>territori::ui::SyncController</name>
    <message>
        <location filename="../../app/ui/synccontroller.cpp" line="+68"/>
        <source>Connected for this session only.</source>
        <translation>Connected for this session only.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the SIT address (https://…) and your user name.</source>
        <translation>Give the SIT address (https://…) and your user name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the password in the keychain…</source>
        <translation>Saving the password in the keychain…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in this device&apos;s keychain.</source>
        <translation>The password is kept in this device&apos;s keychain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept only until Territori is closed.</source>
        <translation>The password is kept only until Territori is closed.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not connected to a SIT yet</source>
        <translation>Not connected to a SIT yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every edit is on the SIT</source>
        <translation>Every edit is on the SIT</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edits not yet on the SIT</source>
        <translation>
            <numerusform>%n edit not yet on the SIT</numerusform>
            <numerusform>%n edits not yet on the SIT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n features to correct before they can go</source>
        <translation>
            <numerusform>%n feature to correct before it can go</numerusform>
            <numerusform>%n features to correct before they can go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n features of the SIT could not be taken</source>
        <translation>
            <numerusform>%n feature of the SIT could not be taken</numerusform>
            <numerusform>%n features of the SIT could not be taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos still to download</source>
        <translation>
            <numerusform>%n photo still to download</numerusform>
            <numerusform>%n photos still to download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edits refused by the SIT</source>
        <translation>
            <numerusform>%n edit refused by the SIT</numerusform>
            <numerusform>%n edits refused by the SIT</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Give the SIT address and your user name first.</source>
        <translation>Give the SIT address and your user name first.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to the SIT</source>
        <translation>Connecting to the SIT</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>The project no longer has this layer; %n features of it have changes not sent to the SIT.</source>
        <translation>
            <numerusform>The project no longer has this layer; %n feature of it has changes not sent to the SIT.</numerusform>
            <numerusform>The project no longer has this layer; %n features of it have changes not sent to the SIT.</numerusform>
        </translation>
    </message>
</context>
</TS>
