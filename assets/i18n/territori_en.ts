<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.cpp" line="+86"/>
        <source>The project was updated to the current store version (from version %1).</source>
        <translation>The project was updated to the current store version (from version %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo project was installed. Its features are samples, not official data.</source>
        <translation>The demo project was installed. Its features are samples, not official data.</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <location filename="../../qml/forms/editors/BooleanEditor.qml" line="+16"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: yes</source>
        <translation>%1: yes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no</source>
        <translation>%1: no</translation>
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
        <location filename="../../qml/capture/CaptureBar.qml" line="+25"/>
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
        <location line="+17"/>
        <source>Editing the geometry: %1</source>
        <translation>Editing the geometry: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New point in %1: tap the map or use the GPS</source>
        <translation>New point in %1: tap the map or use the GPS</translation>
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
        <location line="+10"/>
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
        <location line="+7"/>
        <source>The outline crosses itself: move or remove a vertex.</source>
        <translation>The outline crosses itself: move or remove a vertex.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+6"/>
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
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../qml/forms/editors/ChoiceEditor.qml" line="+20"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
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
    <name>DateEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateEditor.qml" line="+19"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: today</source>
        <translation>%1: today</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateTimeEditor.qml" line="+16"/>
        <source>YYYY-MM-DD hh:mm</source>
        <translation>YYYY-MM-DD hh:mm</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>DemoInstaller</name>
    <message>
        <location filename="../../app/core/demoinstaller.cpp" line="+23"/>
        <source>The demo file %1 is missing: %2</source>
        <translation>The demo file %1 is missing: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo file %1 is not valid JSON: %2</source>
        <translation>The demo file %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot copy the demo basemaps into %1</source>
        <translation>Cannot copy the demo basemaps into %1</translation>
    </message>
</context>
<context>
    <name>EditGateway</name>
    <message>
        <location filename="../../app/store/editgateway.cpp" line="+29"/>
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
        <location line="+77"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>The layer &apos;%1&apos; has no field &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved: %1. Save as draft to finish it later.</source>
        <translation>Not saved: %1. Save as draft to finish it later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: the feature has no geometry.</source>
        <translation>Not saved: the feature has no geometry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the layer &apos;%1&apos; holds %2 geometries, not %3.</source>
        <translation>Not saved: the layer &apos;%1&apos; holds %2 geometries, not %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: a coordinate is not a valid longitude/latitude.</source>
        <translation>Not saved: a coordinate is not a valid longitude/latitude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: a line needs at least two distinct points.</source>
        <translation>Not saved: a line needs at least two distinct points.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: a polygon ring needs at least three points and must be closed.</source>
        <translation>Not saved: a polygon ring needs at least three points and must be closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the polygon has no area.</source>
        <translation>Not saved: the polygon has no area.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+87"/>
        <location line="+87"/>
        <location line="+80"/>
        <source>The layer &apos;%1&apos; does not exist.</source>
        <translation>The layer &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+87"/>
        <location line="+87"/>
        <source>The layer &apos;%1&apos; cannot be edited.</source>
        <translation>The layer &apos;%1&apos; cannot be edited.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The feature no longer exists: it may have been deleted meanwhile.</source>
        <translation>The feature no longer exists: it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+113"/>
        <source>The feature no longer exists.</source>
        <translation>The feature no longer exists.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last edit has already been sent to the knowledge system: edit the feature instead of undoing.</source>
        <translation>The last edit has already been sent to the knowledge system: edit the feature instead of undoing.</translation>
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
        <location line="+3"/>
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
        <location filename="../../qml/forms/FeaturePage.qml" line="+29"/>
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
    <message numerus="yes">
        <location line="+63"/>
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
        <location filename="../../qml/forms/FieldDelegate.qml" line="+81"/>
        <source>Required: fill it in, or keep the feature as a draft</source>
        <translation>Required: fill it in, or keep the feature as a draft</translation>
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
        <location filename="../../app/gis/cli/export_main.cpp" line="+102"/>
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
        <location line="+134"/>
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
        <location line="+23"/>
        <source>Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.</source>
        <translation>Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more (see --report).</source>
        <translation>... and %1 more (see --report).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported %1 features into %2 (import %3); they will be sent with the next sync.</source>
        <translation>Imported %1 features into %2 (import %3); they will be sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/gis/exporter.cpp" line="+91"/>
        <source>Unknown export format &apos;%1&apos;: use gpkg, geojson, shp or csv.</source>
        <translation>Unknown export format &apos;%1&apos;: use gpkg, geojson, shp or csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/gis/importer.cpp" line="+294"/>
        <source>EPSG:%1 is not a coordinate system Territori knows.</source>
        <translation>EPSG:%1 is not a coordinate system Territori knows.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinates cannot be converted to %1.</source>
        <translation>Coordinates cannot be converted to %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no layer &apos;%1&apos;.</source>
        <translation>The project has no layer &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the export.</source>
        <translation>Say where to write the export.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="-146"/>
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
        <location line="+18"/>
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
        <location filename="../../app/gis/importer.cpp" line="-245"/>
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
        <location line="+55"/>
        <source>%1 more problems are not listed.</source>
        <translation>%1 more problems are not listed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 holds several layers: choose the one to import (%2).</source>
        <translation>%1 holds several layers: choose the one to import (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project has no layer &apos;%1&apos;. Its layers: %2.</source>
        <translation>The project has no layer &apos;%1&apos;. Its layers: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features cannot be imported into the layer &apos;%1&apos;.</source>
        <translation>Features cannot be imported into the layer &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+29"/>
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
        <location line="+14"/>
        <source>the row has an empty geometry</source>
        <translation>the row has an empty geometry</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a %1 of %2 parts: the layer holds single %3. Split it into separate features in your GIS first.</source>
        <translation>a %1 of %2 parts: the layer holds single %3. Split it into separate features in your GIS first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a closed line was taken as the outline of a polygon</source>
        <translation>a closed line was taken as the outline of a polygon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1, but the layer holds %2</source>
        <translation>a %1, but the layer holds %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a nested geometry collection</source>
        <translation>a nested geometry collection</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the coordinates (%1, %2) are not valid in %3: is the coordinate system right?</source>
        <translation>the coordinates (%1, %2) are not valid in %3: is the coordinate system right?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the feature lies outside the territory of the Città metropolitana di Milano (at latitude, longitude %1, read as %2): is the coordinate system right?</source>
        <translation>the feature lies outside the territory of the Città metropolitana di Milano (at latitude, longitude %1, read as %2): is the coordinate system right?</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+35"/>
        <source>the geometry has %1 vertices, more than an import accepts</source>
        <translation>the geometry has %1 vertices, more than an import accepts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GEOS gives no reason</source>
        <translation>GEOS gives no reason</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the geometry was not valid (%1) and was repaired</source>
        <translation>the geometry was not valid (%1) and was repaired</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the geometry is not valid (%1) and repairing it does not give one of the layer&apos;s %2</source>
        <translation>the geometry is not valid (%1) and repairing it does not give one of the layer&apos;s %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the geometry is not valid (%1); it can be repaired on request</source>
        <translation>the geometry is not valid (%1); it can be repaired on request</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the polygon has no area</source>
        <translation>the polygon has no area</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line has no length</source>
        <translation>the line has no length</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the coordinates cannot be converted from %1 to WGS 84</source>
        <translation>the coordinates cannot be converted from %1 to WGS 84</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The import is not prepared.</source>
        <translation>The import is not prepared.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coordinates read as %1, as chosen, not as the file says.</source>
        <translation>Coordinates read as %1, as chosen, not as the file says.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>same geometry and values as row %1</source>
        <translation>same geometry and values as row %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layer already has this feature (uuid %1)</source>
        <translation>the layer already has this feature (uuid %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no features to import.</source>
        <translation>%1 has no features to import.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rows fall outside the territory: the coordinates are probably not in %3. Check the coordinate system.</source>
        <translation>%1 of %2 rows fall outside the territory: the coordinates are probably not in %3. Check the coordinate system.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file must be checked completely before it is imported.</source>
        <translation>The file must be checked completely before it is imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row of %1 can be imported: see the report.</source>
        <translation>No row of %1 can be imported: see the report.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to import the %3 valid rows and keep the report of the others.</source>
        <translation>%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to import the %3 valid rows and keep the report of the others.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>%1 changed after it was checked: check it again before importing.</source>
        <translation>%1 changed after it was checked: check it again before importing.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>The import was cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1: %2. Nothing was imported.</source>
        <translation>Row %1: %2. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+55"/>
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
        <location line="+82"/>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location line="-72"/>
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
        <location line="+33"/>
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
        <location line="+64"/>
        <source>%1 does not say how its text is encoded and it is not UTF-8: it was read as Windows-1252 (Latin-1). Check accented letters in the preview.</source>
        <translation>%1 does not say how its text is encoded and it is not UTF-8: it was read as Windows-1252 (Latin-1). Check accented letters in the preview.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.</source>
        <translation>%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.</translation>
    </message>
    <message>
        <location line="+40"/>
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
</context>
<context>
    <name>LayersDrawer</name>
    <message>
        <location filename="../../qml/map/LayersDrawer.qml" line="+25"/>
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
        <location line="+34"/>
        <source>Online maps are kept on the device as they are seen, for use without a network.</source>
        <translation>Online maps are kept on the device as they are seen, for use without a network.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../qml/map/MapPage.qml" line="+40"/>
        <source>Layers and basemaps</source>
        <translation>Layers and basemaps</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SAMPLE DATA</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The features of this project are samples, not official data</source>
        <translation>The features of this project are samples, not official data</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n edits to send</source>
        <translation>
            <numerusform>%n edit to send</numerusform>
            <numerusform>%n edits to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edits are waiting to be sent to the knowledge system</source>
        <translation>
            <numerusform>%n edit is waiting to be sent to the knowledge system</numerusform>
            <numerusform>%n edits are waiting to be sent to the knowledge system</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feature lists</source>
        <translation>Feature lists</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+21"/>
        <source>New feature</source>
        <translation>New feature</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location line="+7"/>
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
        <location filename="../../qml/map/MapView.qml" line="+168"/>
        <source>Basemap: %1</source>
        <translation>Basemap: %1</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <location filename="../../qml/forms/editors/MultiChoiceEditor.qml" line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message numerus="yes">
        <location filename="../../qml/forms/editors/MultilineEditor.qml" line="+15"/>
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
        <location filename="../../qml/capture/NewFeatureMenu.qml" line="+22"/>
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
    <name>NumberEditor</name>
    <message>
        <location filename="../../qml/forms/editors/NumberEditor.qml" line="+15"/>
        <source>e.g. 12,5</source>
        <translation>e.g. 12,5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
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
    <name>Project</name>
    <message>
        <location filename="../../app/store/project.cpp" line="+22"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.</source>
        <translation>%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an SQLite database but not a GeoPackage. It was not changed.</source>
        <translation>%1 is an SQLite database but not a GeoPackage. It was not changed.</translation>
    </message>
    <message>
        <location line="+110"/>
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
        <location line="+35"/>
        <source>Cannot move the new store into place in %1</source>
        <translation>Cannot move the new store into place in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no Territori project in %1 (project.gpkg is missing).</source>
        <translation>There is no Territori project in %1 (project.gpkg is missing).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project store is damaged (%1). It was not changed: restore it from a backup or copy the project again.</source>
        <translation>The project store is damaged (%1). It was not changed: restore it from a backup or copy the project again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This GeoPackage was not made by Territori. It was not changed; use Import to bring its layers into a project.</source>
        <translation>This GeoPackage was not made by Territori. It was not changed; use Import to bring its layers into a project.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project was saved by a newer version of Territori (store version %1; this version reads up to %2). Update the app; the file was not changed.</source>
        <translation>This project was saved by a newer version of Territori (store version %1; this version reads up to %2). Update the app; the file was not changed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The project store cannot be read (%1). It was not changed.</source>
        <translation>The project store cannot be read (%1). It was not changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The project store has no project description.</source>
        <translation>The project store has no project description.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project description in the store is unreadable: %1</source>
        <translation>The project description in the store is unreadable: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The definition of layer &apos;%1&apos; is unreadable.</source>
        <translation>The definition of layer &apos;%1&apos; is unreadable.</translation>
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
        <location line="+2"/>
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
        <location filename="../../app/store/layerdef.cpp" line="+405"/>
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
        <location filename="../../qml/main.qml" line="+18"/>
        <source>Territori – %1</source>
        <translation>Territori – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territori</source>
        <translation>Territori</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The project cannot be opened</source>
        <translation>The project cannot be opened</translation>
    </message>
</context>
<context>
    <name>territori::core::FormController</name>
    <message>
        <location filename="../../app/core/formcontroller.cpp" line="+110"/>
        <source>This form cannot be used with this version of the app: %1</source>
        <translation>This form cannot be used with this version of the app: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The feature no longer exists.</source>
        <translation>The feature no longer exists.</translation>
    </message>
    <message>
        <location line="+123"/>
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
        <location filename="../../app/core/photostore.cpp" line="+124"/>
        <source>Cannot read the photo %1: %2</source>
        <translation>Cannot read the photo %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is too large (%2 MB; at most %3 MB).</source>
        <translation>The photo %1 is too large (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>territori::ui::MapController</name>
    <message>
        <location filename="../../app/ui/mapcontroller.cpp" line="+169"/>
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
</TS>
