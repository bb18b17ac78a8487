<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.cpp" line="+86"/>
        <source>The project was updated to the current store version (from version %1).</source>
        <translation>Il progetto è stato aggiornato alla versione attuale dell&apos;archivio (dalla versione %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo project was installed. Its features are samples, not official data.</source>
        <translation>È stato installato il progetto dimostrativo. I suoi elementi sono dati di esempio, non dati ufficiali.</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <location filename="../../qml/forms/editors/BooleanEditor.qml" line="+16"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: yes</source>
        <translation>%1: sì</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the photo</source>
        <translation>Scatta la foto</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../qml/capture/CaptureBar.qml" line="+25"/>
        <source>Position ignored: accuracy unknown</source>
        <translation>Posizione scartata: precisione sconosciuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position ignored: accuracy %1 m is worse than %2 m</source>
        <translation>Posizione scartata: precisione di %1 m, oltre il limite di %2 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS vertex added</source>
        <translation>Vertice GPS aggiunto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Editing the geometry: %1</source>
        <translation>Modifica della geometria: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New point in %1: tap the map or use the GPS</source>
        <translation>Nuovo punto in %1: toccare la mappa o usare il GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New line in %1: tap the map to add vertices</source>
        <translation>Nuova linea in %1: toccare la mappa per aggiungere i vertici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New area in %1: tap the map to add vertices</source>
        <translation>Nuova area in %1: toccare la mappa per aggiungere i vertici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Length %1</source>
        <translation>Lunghezza %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area %1 · perimeter %2</source>
        <translation>Area %1 · perimetro %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n vertices</source>
        <translation>
            <numerusform>%n vertice</numerusform>
            <numerusform>%n vertici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The outline crosses itself: move or remove a vertex.</source>
        <translation>Il contorno si interseca: spostare o rimuovere un vertice.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Averaging: %1 of %2 positions (accuracy %3 m, limit %4 m)</source>
        <translation>Media in corso: %1 di %2 posizioni (precisione %3 m, limite %4 m)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording the GPS track: a vertex every %1 %2</source>
        <translation>Registrazione della traccia GPS: un vertice ogni %1 %2</translation>
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
        <translation>Rimuovi l&apos;ultimo vertice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place the point at the GPS position (average of %1 fixes)</source>
        <translation>Inserisci il punto nella posizione GPS (posizioni da mediare: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vertex at the GPS position (average of %1 fixes)</source>
        <translation>Aggiungi un vertice nella posizione GPS (posizioni da mediare: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop recording the GPS track</source>
        <translation>Interrompi la registrazione della traccia GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record vertices from the GPS while walking</source>
        <translation>Registra i vertici dal GPS durante il percorso a piedi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop using the GPS</source>
        <translation>Interrompi l&apos;uso del GPS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the geometry change</source>
        <translation>Annulla la modifica della geometria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the new feature</source>
        <translation>Annulla il nuovo elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save geometry</source>
        <translation>Salva la geometria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue to the form</source>
        <translation>Prosegui con la scheda</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../qml/forms/editors/ChoiceEditor.qml" line="+20"/>
        <source>Choose…</source>
        <translation>Seleziona…</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/common/ConfirmDialog.qml" line="+8"/>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateEditor.qml" line="+19"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: today</source>
        <translation>%1: oggi</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateTimeEditor.qml" line="+16"/>
        <source>YYYY-MM-DD hh:mm</source>
        <translation>AAAA-MM-GG hh:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: now</source>
        <translation>%1: adesso</translation>
    </message>
</context>
<context>
    <name>DemoInstaller</name>
    <message>
        <location filename="../../app/core/demoinstaller.cpp" line="+23"/>
        <source>The demo file %1 is missing: %2</source>
        <translation>Manca il file dimostrativo %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo file %1 is not valid JSON: %2</source>
        <translation>Il file dimostrativo %1 non è un JSON valido: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot copy the demo basemaps into %1</source>
        <translation>Impossibile copiare le mappe di base dimostrative in %1</translation>
    </message>
</context>
<context>
    <name>EditGateway</name>
    <message>
        <location filename="../../app/store/editgateway.cpp" line="+29"/>
        <source>The device storage is full: the edit was not saved and the project is as it was. Free some space and save again.</source>
        <translation>La memoria del dispositivo è piena: la modifica non è stata salvata e il progetto è rimasto invariato. Liberare spazio e salvare di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project cannot be written (read-only storage): the edit was not saved.</source>
        <translation>Impossibile scrivere nel progetto (memoria di sola lettura): la modifica non è stata salvata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project is busy in another program (for example QGIS): the edit was not saved. Try again.</source>
        <translation>Il progetto è in uso in un altro programma (ad esempio QGIS): la modifica non è stata salvata. Riprovare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project store is damaged: the edit was not saved (%1).</source>
        <translation>L&apos;archivio del progetto è danneggiato: la modifica non è stata salvata (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edit was not saved: %1</source>
        <translation>La modifica non è stata salvata: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>Il livello &apos;%1&apos; non ha il campo &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved: %1. Save as draft to finish it later.</source>
        <translation>Non salvato: %1. È possibile conservare l&apos;elemento come bozza e completarlo in seguito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1.</source>
        <translation>Non salvato: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: the feature has no geometry.</source>
        <translation>Non salvato: l&apos;elemento non ha una geometria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the layer &apos;%1&apos; holds %2 geometries, not %3.</source>
        <translation>Non salvato: il livello &apos;%1&apos; contiene geometrie di tipo %2, non %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: a coordinate is not a valid longitude/latitude.</source>
        <translation>Non salvato: una coordinata non è una longitudine/latitudine valida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: a line needs at least two distinct points.</source>
        <translation>Non salvato: una linea richiede almeno due punti distinti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: a polygon ring needs at least three points and must be closed.</source>
        <translation>Non salvato: un anello del poligono richiede almeno tre punti e deve essere chiuso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the polygon has no area.</source>
        <translation>Non salvato: il poligono ha area nulla.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+87"/>
        <location line="+87"/>
        <location line="+80"/>
        <source>The layer &apos;%1&apos; does not exist.</source>
        <translation>Il livello &apos;%1&apos; non esiste.</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+87"/>
        <location line="+87"/>
        <source>The layer &apos;%1&apos; cannot be edited.</source>
        <translation>Il livello &apos;%1&apos; non è modificabile.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The feature no longer exists: it may have been deleted meanwhile.</source>
        <translation>L&apos;elemento non esiste più: potrebbe essere stato eliminato nel frattempo.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+113"/>
        <source>The feature no longer exists.</source>
        <translation>L&apos;elemento non esiste più.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>There is nothing to undo.</source>
        <translation>Non ci sono modifiche da annullare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last edit has already been sent to the knowledge system: edit the feature instead of undoing.</source>
        <translation>L&apos;ultima modifica è già stata inviata al sistema della conoscenza (SIT): invece di annullarla, modificare l&apos;elemento.</translation>
    </message>
</context>
<context>
    <name>FeatureListPage</name>
    <message>
        <location filename="../../qml/features/FeatureListPage.qml" line="+27"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Features</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Layer</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by name or text</source>
        <translation>Cerca per nome o testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search features</source>
        <translation>Cerca elementi</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, draft</source>
        <translation>%1, bozza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modified %1</source>
        <translation>Modificato il %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DRAFT</source>
        <translation>BOZZA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show %1 on the map</source>
        <translation>Mostra %1 sulla mappa</translation>
    </message>
</context>
<context>
    <name>FeaturePage</name>
    <message>
        <location filename="../../qml/forms/FeaturePage.qml" line="+29"/>
        <source>Saved as draft</source>
        <translation>Conservato come bozza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1</source>
        <translation>Nuovo elemento: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DRAFT</source>
        <translation>BOZZA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move the vertices</source>
        <translation>Sposta i vertici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the feature</source>
        <translation>Elimina l&apos;elemento</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Storing %n photos…</source>
        <translation>
            <numerusform>Salvataggio di %n foto…</numerusform>
            <numerusform>Salvataggio di %n foto…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep as draft</source>
        <translation>Conserva come bozza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as draft, to finish later</source>
        <translation>Conserva come bozza, da completare in seguito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard the new feature?</source>
        <translation>Scarta il nuovo elemento?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes?</source>
        <translation>Scarta le modifiche?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The geometry and the values entered will be lost.</source>
        <translation>La geometria e i valori inseriti andranno persi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values changed since the last save will be lost.</source>
        <translation>I valori modificati dall&apos;ultimo salvataggio andranno persi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the feature?</source>
        <translation>Elimina l&apos;elemento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is removed from the project; until it is sent to the knowledge system you can still undo.</source>
        <translation>L&apos;elemento viene rimosso dal progetto; finché non è inviato al sistema della conoscenza (SIT) è possibile annullare l&apos;eliminazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <location filename="../../qml/forms/FieldDelegate.qml" line="+81"/>
        <source>Required: fill it in, or keep the feature as a draft</source>
        <translation>Obbligatorio: compilare il campo o conservare l&apos;elemento come bozza</translation>
    </message>
</context>
<context>
    <name>IdentifySheet</name>
    <message>
        <location filename="../../qml/map/IdentifySheet.qml" line="+49"/>
        <source>Open the form of %1</source>
        <translation>Apri la scheda di %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the vertices of %1</source>
        <translation>Sposta i vertici di %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/gis/cli/export_main.cpp" line="+102"/>
        <source>%1: column &apos;%2&apos; written as &apos;%3&apos; (Shapefile names have at most 10 characters)</source>
        <translation>%1: colonna &apos;%2&apos; scritta come &apos;%3&apos; (i nomi in uno Shapefile hanno al massimo 10 caratteri)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 features in %2 to %3</source>
        <translation>Esportati %1 elementi in %2 in %3</translation>
    </message>
    <message>
        <location filename="../../app/gis/cli/import_main.cpp" line="+52"/>
        <source>row %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, %2</source>
        <translation>riga %1, %2</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>File: %1 (%2), layer %3</source>
        <translation>File: %1 (%2), livello %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates: %1, converted to WGS 84</source>
        <translation>Coordinate: %1, convertite in WGS 84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates: %1, as the project keeps them</source>
        <translation>Coordinate: %1, come le conserva il progetto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields: %1</source>
        <translation>Campi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty: %1</source>
        <translation>Lasciati vuoti: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.</source>
        <translation>Controllate %1 righe: %2 valide, %3 scartate, %4 riparate, %5 avvisi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more (see --report).</source>
        <translation>... e altri %1 (vedi --report).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported %1 features into %2 (import %3); they will be sent with the next sync.</source>
        <translation>Importati %1 elementi in %2 (importazione %3); saranno inviati con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../app/gis/exporter.cpp" line="+91"/>
        <source>Unknown export format &apos;%1&apos;: use gpkg, geojson, shp or csv.</source>
        <translation>Formato di esportazione sconosciuto &apos;%1&apos;: usare gpkg, geojson, shp o csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/gis/importer.cpp" line="+294"/>
        <source>EPSG:%1 is not a coordinate system Territori knows.</source>
        <translation>EPSG:%1 non è un sistema di coordinate che Territori conosce.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinates cannot be converted to %1.</source>
        <translation>Le coordinate non si possono convertire in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no layer &apos;%1&apos;.</source>
        <translation>Il progetto non ha il livello &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the export.</source>
        <translation>Indicare dove scrivere l&apos;esportazione.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Non si può creare la cartella %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>%1 cannot be written: %2</source>
        <translation>Non si può scrivere %1: %2</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+102"/>
        <source>The project store cannot be read: %1</source>
        <translation>L&apos;archivio del progetto non si può leggere: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 cannot be created: %2</source>
        <translation>Non si può creare %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The layer &apos;%1&apos; is missing from the project store.</source>
        <translation>Il livello &apos;%1&apos; manca nell&apos;archivio del progetto.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The layer &apos;%1&apos; cannot be written as %2: %3</source>
        <translation>Il livello &apos;%1&apos; non si può scrivere come %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: values of &apos;%2&apos; longer than 254 bytes were cut (a Shapefile cannot hold more; GeoPackage keeps them whole).</source>
        <translation>%1: i valori di &apos;%2&apos; più lunghi di 254 byte sono stati troncati (uno Shapefile non ne contiene di più; GeoPackage li conserva interi).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column &apos;%1&apos; of &apos;%2&apos; cannot be written as %3: %4</source>
        <translation>La colonna &apos;%1&apos; di &apos;%2&apos; non si può scrivere come %3: %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export was cancelled: nothing was written.</source>
        <translation>Esportazione annullata: non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, feature %2: the coordinates cannot be converted to %3.</source>
        <translation>%1, elemento %2: le coordinate non si possono convertire in %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, feature %2 cannot be written: %3</source>
        <translation>%1, l&apos;elemento %2 non si può scrivere: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export could not be completed: %1</source>
        <translation>Non è stato possibile completare l&apos;esportazione: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1 cannot be written.</source>
        <translation>Non si può scrivere %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file does not carry its coordinate system: its WKT column is in %1.</source>
        <translation>Un file CSV non indica il proprio sistema di coordinate: la sua colonna WKT è in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GeoJSON in a system other than WGS 84 names it in a &apos;crs&apos; member (GeoJSON 2008), which QGIS and GDAL read; RFC 7946 readers expect WGS 84.</source>
        <translation>Un GeoJSON in un sistema diverso da WGS 84 lo indica in un membro &apos;crs&apos; (GeoJSON 2008), che QGIS e GDAL leggono; i lettori RFC 7946 si aspettano WGS 84.</translation>
    </message>
    <message>
        <location filename="../../app/gis/fieldmatch.cpp" line="+240"/>
        <source>%1: &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: &apos;%2&apos; non è né sì né no</translation>
    </message>
    <message>
        <location filename="../../app/gis/importer.cpp" line="-245"/>
        <source>points</source>
        <translation>punti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>linee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polygons</source>
        <translation>poligoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometries</source>
        <translation>geometrie</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 more problems are not listed.</source>
        <translation>Altri %1 problemi non sono elencati.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>Non è stato possibile salvare il rapporto in %1: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 holds several layers: choose the one to import (%2).</source>
        <translation>%1 contiene più livelli: scegliere quello da importare (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project has no layer &apos;%1&apos;. Its layers: %2.</source>
        <translation>Il progetto non ha il livello &apos;%1&apos;. I suoi livelli: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features cannot be imported into the layer &apos;%1&apos;.</source>
        <translation>Nel livello &apos;%1&apos; non si possono importare elementi.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+116"/>
        <source>%1 has no column &apos;%2&apos; (its columns: %3).</source>
        <translation>%1 non ha la colonna &apos;%2&apos; (le sue colonne: %3).</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 has no columns &apos;%2&apos; and &apos;%3&apos; for X and Y (its columns: %4).</source>
        <translation>%1 non ha le colonne &apos;%2&apos; e &apos;%3&apos; per X e Y (le sue colonne: %4).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no geometry: name its WKT column, or its X and Y columns (its columns: %2).</source>
        <translation>%1 non ha geometria: indicare la sua colonna WKT, oppure le colonne X e Y (le sue colonne: %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 says its coordinates are in %2, but EPSG:%3 was chosen. If the file&apos;s coordinate system is wrong, confirm EPSG:%3 explicitly.</source>
        <translation>%1 dichiara le coordinate in %2, ma è stato scelto EPSG:%3. Se il sistema di coordinate del file è sbagliato, confermare esplicitamente EPSG:%3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not say in which coordinate system its coordinates are. Choose it (the comuni mostly use: %2).</source>
        <translation>%1 non dice in quale sistema di coordinate sono le sue coordinate. Sceglierlo (i comuni usano perlopiù: %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coordinates in %1 cannot be converted to WGS 84: %2</source>
        <translation>Le coordinate in %1 non si possono convertire in WGS 84: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>Il livello &apos;%1&apos; non ha il campo &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the geometry in column %1 is larger than an import accepts</source>
        <translation>la geometria nella colonna %1 è più grande di quanto un&apos;importazione accetti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no geometry: the column %1 is empty</source>
        <translation>manca la geometria: la colonna %1 è vuota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the column %1 does not hold a WKT geometry (&apos;%2&apos;)</source>
        <translation>la colonna %1 non contiene una geometria WKT (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no geometry: %1 or %2 is empty</source>
        <translation>manca la geometria: %1 o %2 è vuota</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; non è un numero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the row has no geometry</source>
        <translation>la riga non ha geometria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the row has an empty geometry</source>
        <translation>la riga ha una geometria vuota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a %1 of %2 parts: the layer holds single %3. Split it into separate features in your GIS first.</source>
        <translation>un %1 di %2 parti: il livello contiene %3 singoli. Dividerlo prima in elementi separati nel proprio GIS.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a closed line was taken as the outline of a polygon</source>
        <translation>una linea chiusa è stata presa come contorno di un poligono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1, but the layer holds %2</source>
        <translation>un %1, ma il livello contiene %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a nested geometry collection</source>
        <translation>una collezione di geometrie annidata</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the coordinates (%1, %2) are not valid in %3: is the coordinate system right?</source>
        <translation>le coordinate (%1, %2) non sono valide in %3: il sistema di coordinate è giusto?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the feature lies outside the territory of the Città metropolitana di Milano (at latitude, longitude %1, read as %2): is the coordinate system right?</source>
        <translation>l&apos;elemento è fuori dal territorio della Città metropolitana di Milano (a latitudine, longitudine %1, letto come %2): il sistema di coordinate è giusto?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the feature extends beyond the territory of the Città metropolitana di Milano</source>
        <translation>l&apos;elemento si estende oltre il territorio della Città metropolitana di Milano</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the column %2 holds more than %3 bytes, more than any field may hold</source>
        <translation>%1: la colonna %2 contiene più di %3 byte, più di quanto un campo possa contenere</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the column %2 holds binary data, which cannot be imported</source>
        <translation>%1: la colonna %2 contiene dati binari, che non si possono importare</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the geometry has %1 vertices, more than an import accepts</source>
        <translation>la geometria ha %1 vertici, più di quanti un&apos;importazione ne accetti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GEOS gives no reason</source>
        <translation>GEOS non indica il motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the geometry was not valid (%1) and was repaired</source>
        <translation>la geometria non era valida (%1) ed è stata riparata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the geometry is not valid (%1) and repairing it does not give one of the layer&apos;s %2</source>
        <translation>la geometria non è valida (%1) e ripararla non dà uno dei %2 del livello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the geometry is not valid (%1); it can be repaired on request</source>
        <translation>la geometria non è valida (%1); si può riparare su richiesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the polygon has no area</source>
        <translation>il poligono non ha area</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line has no length</source>
        <translation>la linea non ha lunghezza</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the coordinates cannot be converted from %1 to WGS 84</source>
        <translation>le coordinate non si possono convertire da %1 a WGS 84</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The import is not prepared.</source>
        <translation>L&apos;importazione non è pronta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coordinates read as %1, as chosen, not as the file says.</source>
        <translation>Coordinate lette come %1, come scelto, non come dichiara il file.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The check was cancelled.</source>
        <translation>Il controllo è stato annullato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>same geometry and values as row %1</source>
        <translation>stessa geometria e stessi valori della riga %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the layer already has this feature (uuid %1)</source>
        <translation>il livello ha già questo elemento (uuid %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no features to import.</source>
        <translation>%1 non ha elementi da importare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rows fall outside the territory: the coordinates are probably not in %3. Check the coordinate system.</source>
        <translation>%1 righe su %2 cadono fuori dal territorio: probabilmente le coordinate non sono in %3. Controllare il sistema di coordinate.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file must be checked completely before it is imported.</source>
        <translation>Il file va controllato per intero prima di importarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row of %1 can be imported: see the report.</source>
        <translation>Nessuna riga di %1 si può importare: vedere il rapporto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to import the %3 valid rows and keep the report of the others.</source>
        <translation>%1 righe su %2 hanno problemi, quindi non è stato importato nulla. Correggere il file, oppure scegliere di importare le %3 righe valide e conservare il rapporto delle altre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>%1 changed after it was checked: check it again before importing.</source>
        <translation>%1 è cambiato dopo il controllo: controllarlo di nuovo prima di importarlo.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1: %2. Nothing was imported.</source>
        <translation>Riga %1: %2. Non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <location filename="../../app/gis/sourcefile.cpp" line="+81"/>
        <source>The Shapefile %1 has no .shx file (its index). Send all the files of the Shapefile together (.shp, .shx, .dbf, .prj and .cpg): Territori does not rebuild a missing index, because a missing file usually means an incomplete copy.</source>
        <translation>Lo Shapefile %1 non ha il file .shx (il suo indice). Inviare insieme tutti i file dello Shapefile (.shp, .shx, .dbf, .prj e .cpg): Territori non ricostruisce un indice mancante, perché un file mancante di solito indica una copia incompleta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Shapefile %1 has no .dbf file (its attribute table). Send all the files of the Shapefile together (.shp, .shx, .dbf, .prj and .cpg).</source>
        <translation>Lo Shapefile %1 non ha il file .dbf (la sua tabella degli attributi). Inviare insieme tutti i file dello Shapefile (.shp, .shx, .dbf, .prj e .cpg).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Shapefile or its header is damaged.</source>
        <translation>%1 non è uno Shapefile oppure la sua intestazione è danneggiata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .shp file of %1 is truncated: its header declares %2 bytes, the file has %3. Copy it again from the original.</source>
        <translation>Il file .shp di %1 è troncato: la sua intestazione dichiara %2 byte, il file ne ha %3. Copiarlo di nuovo dall&apos;originale.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The .shx file of %1 is damaged or truncated. Copy the Shapefile again from the original.</source>
        <translation>Il file .shx di %1 è danneggiato o troncato. Copiare di nuovo lo Shapefile dall&apos;originale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The .dbf file of %1 is damaged: its header cannot be read.</source>
        <translation>Il file .dbf di %1 è danneggiato: la sua intestazione non si può leggere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .dbf file of %1 is truncated: its header declares %2 records, the file holds only %3. Copy it again from the original.</source>
        <translation>Il file .dbf di %1 è troncato: la sua intestazione dichiara %2 record, il file ne contiene solo %3. Copiarlo di nuovo dall&apos;originale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The files of %1 do not agree: the .shx indexes %2 shapes, the .dbf holds %3 records. They are damaged or come from different copies.</source>
        <translation>I file di %1 non concordano: il .shx indicizza %2 geometrie, il .dbf contiene %3 record. Sono danneggiati o provengono da copie diverse.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is not a readable ZIP archive (damaged or incomplete).</source>
        <translation>%1 non è un archivio ZIP leggibile (danneggiato o incompleto).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1: only files on this device can be imported.</source>
        <translation>%1: si possono importare solo file presenti su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Il file %1 non esiste o non si può leggere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder: choose a file (a Shapefile&apos;s .shp, a ZIP, a GeoPackage, ...).</source>
        <translation>%1 è una cartella: scegliere un file (il .shp di uno Shapefile, uno ZIP, un GeoPackage, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>The file %1 is empty.</source>
        <translation>Il file %1 è vuoto.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 contains &apos;%2&apos;, a path outside the archive&apos;s folder. The archive is refused: nothing was read from it.</source>
        <translation>%1 contiene &apos;%2&apos;, un percorso fuori dalla cartella dell&apos;archivio. L&apos;archivio è rifiutato: non ne è stato letto nulla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The KMZ archive %1 holds no KML document.</source>
        <translation>L&apos;archivio KMZ %1 non contiene alcun documento KML.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ZIP archive %1 is empty.</source>
        <translation>L&apos;archivio ZIP %1 è vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ZIP archive %1 holds no file Territori can import (a Shapefile, GeoPackage, GeoJSON, KML, GML, DXF or CSV). It holds: %2.</source>
        <translation>L&apos;archivio ZIP %1 non contiene file che Territori possa importare (uno Shapefile, GeoPackage, GeoJSON, KML, GML, DXF o CSV). Contiene: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 holds no layer of features.</source>
        <translation>%1 non contiene alcun livello di elementi.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not valid GeoJSON.</source>
        <translation>%1 non è un GeoJSON valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid GeoJSON: %2</source>
        <translation>%1 non è un GeoJSON valido: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file Territori can import (Shapefile, ZIP, GeoPackage, GeoJSON, KML/KMZ, GML, DXF or CSV), or it is damaged.</source>
        <translation>%1 non è un file che Territori possa importare (Shapefile, ZIP, GeoPackage, GeoJSON, KML/KMZ, GML, DXF o CSV), oppure è danneggiato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>Non si può leggere %1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 does not say how its text is encoded and it is not UTF-8: it was read as Windows-1252 (Latin-1). Check accented letters in the preview.</source>
        <translation>%1 non dice come è codificato il suo testo e non è UTF-8: è stato letto come Windows-1252 (Latin-1). Controllare le lettere accentate nell&apos;anteprima.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.</source>
        <translation>%1 non dice come è codificato il suo testo; è UTF-8 valido ed è stato letto come tale.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no layer &apos;%2&apos;. Its layers: %3.</source>
        <translation>%1 non ha il livello &apos;%2&apos;. I suoi livelli: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the layer &apos;%2&apos; cannot be read.</source>
        <translation>%1: il livello &apos;%2&apos; non si può leggere.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is damaged after row %2 and cannot be read further: %3</source>
        <translation>%1 è danneggiato dopo la riga %2 e non si può leggere oltre: %3</translation>
    </message>
</context>
<context>
    <name>LayersDrawer</name>
    <message>
        <location filename="../../qml/map/LayersDrawer.qml" line="+25"/>
        <source>Layers</source>
        <translation>Livelli</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1, %n features</source>
        <translation>
            <numerusform>%1, %n elemento</numerusform>
            <numerusform>%1, %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Form unusable: %1</source>
        <translation>Scheda non utilizzabile: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n features</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amber outline: draft, still to be completed</source>
        <translation>Contorno ambra: bozza, ancora da completare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basemap</source>
        <translation>Mappa di base</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Online maps are kept on the device as they are seen, for use without a network.</source>
        <translation>Le mappe online vengono conservate sul dispositivo man mano che sono visualizzate, per usarle anche senza rete.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../qml/map/MapPage.qml" line="+40"/>
        <source>Layers and basemaps</source>
        <translation>Livelli e mappe di base</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SAMPLE DATA</source>
        <translation>DATI DI ESEMPIO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The features of this project are samples, not official data</source>
        <translation>Gli elementi di questo progetto sono dati di esempio, non dati ufficiali</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n edits to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edits are waiting to be sent to the knowledge system</source>
        <translation>
            <numerusform>%n modifica in attesa di invio al sistema della conoscenza (SIT)</numerusform>
            <numerusform>%n modifiche in attesa di invio al sistema della conoscenza (SIT)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo</source>
        <translation>Nessuna modifica da annullare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feature lists</source>
        <translation>Elenchi degli elementi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop following the position</source>
        <translation>Non seguire più la posizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to my position and follow it</source>
        <translation>Vai alla mia posizione e seguila</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the whole project</source>
        <translation>Mostra tutto il progetto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading layers…</source>
        <translation>Caricamento dei livelli…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New feature</source>
        <translation>Nuovo elemento</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the drawing?</source>
        <translation>Scarta il disegno?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vertices drawn so far will be lost.</source>
        <translation>I vertici disegnati finora andranno persi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the feature?</source>
        <translation>Elimina l&apos;elemento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is removed from the project; until it is sent to the knowledge system you can still undo.</source>
        <translation>L&apos;elemento viene rimosso dal progetto; finché non è inviato al sistema della conoscenza (SIT) è possibile annullare l&apos;eliminazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../qml/map/MapView.qml" line="+168"/>
        <source>Basemap: %1</source>
        <translation>Mappa di base: %1</translation>
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
            <numerusform>Fino a %n carattere</numerusform>
            <numerusform>Fino a %n caratteri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFeatureMenu</name>
    <message>
        <location filename="../../qml/capture/NewFeatureMenu.qml" line="+22"/>
        <source>New feature in %1</source>
        <translation>Nuovo elemento in %1</translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <location filename="../../qml/map/NorthArrow.qml" line="+11"/>
        <source>North arrow: turn the map north up</source>
        <translation>Freccia del nord: orienta la mappa con il nord in alto</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../qml/forms/editors/NumberEditor.qml" line="+15"/>
        <source>e.g. 12,5</source>
        <translation>es. 12,5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../qml/forms/editors/PhotoEditor.qml" line="+34"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove photo %1</source>
        <translation>Rimuovi la foto %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add from files</source>
        <translation>Aggiungi da file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: add a photo from the files</source>
        <translation>%1: aggiungi una foto dai file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take a photo</source>
        <translation>Scatta una foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: take a photo with the camera</source>
        <translation>%1: scatta una foto con la fotocamera</translation>
    </message>
</context>
<context>
    <name>PhotoPickerPage</name>
    <message>
        <location filename="../../qml/forms/PhotoPickerPage.qml" line="+26"/>
        <source>Back to the form</source>
        <translation>Torna alla scheda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a photo</source>
        <translation>Scegli una foto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the parent folder</source>
        <translation>Vai alla cartella superiore</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../app/store/project.cpp" line="+22"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.</source>
        <translation>%1 non è un GeoPackage: il file è danneggiato o di un altro tipo. Non è stato modificato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an SQLite database but not a GeoPackage. It was not changed.</source>
        <translation>%1 è un database SQLite ma non un GeoPackage. Non è stato modificato.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The project definition has errors:
%1</source>
        <translation>La definizione del progetto contiene errori:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the project folder %1</source>
        <translation>Impossibile creare la cartella del progetto %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project already exists in %1</source>
        <translation>Esiste già un progetto in %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot move the new store into place in %1</source>
        <translation>Impossibile spostare il nuovo archivio nella posizione definitiva in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no Territori project in %1 (project.gpkg is missing).</source>
        <translation>In %1 non c&apos;è un progetto Territori (manca il file project.gpkg).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project store is damaged (%1). It was not changed: restore it from a backup or copy the project again.</source>
        <translation>L&apos;archivio del progetto è danneggiato (%1) e non è stato modificato: ripristinarlo da una copia di sicurezza o copiare di nuovo il progetto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This GeoPackage was not made by Territori. It was not changed; use Import to bring its layers into a project.</source>
        <translation>Questo GeoPackage non è stato creato con Territori e non è stato modificato. Per portarne i livelli in un progetto, usare Importa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project was saved by a newer version of Territori (store version %1; this version reads up to %2). Update the app; the file was not changed.</source>
        <translation>Questo progetto è stato salvato con una versione più recente di Territori (versione dell&apos;archivio %1; questa versione legge fino alla %2). Aggiornare l&apos;app; il file non è stato modificato.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The project store cannot be read (%1). It was not changed.</source>
        <translation>Impossibile leggere l&apos;archivio del progetto (%1). Non è stato modificato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The project store has no project description.</source>
        <translation>L&apos;archivio del progetto non contiene la descrizione del progetto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project description in the store is unreadable: %1</source>
        <translation>La descrizione del progetto nell&apos;archivio è illeggibile: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The definition of layer &apos;%1&apos; is unreadable.</source>
        <translation>La definizione del livello &apos;%1&apos; è illeggibile.</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <location filename="../../qml/map/ScaleBar.qml" line="+23"/>
        <source>Scale: %1</source>
        <translation>Scala: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="+22"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Surveyor</source>
        <translation>Rilevatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with every edit</source>
        <translation>Nome registrato insieme a ogni modifica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name and surname, or office</source>
        <translation>Nome e cognome, oppure ufficio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveyor name</source>
        <translation>Nome del rilevatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GPS capture</source>
        <translation>Rilievo con il GPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept positions with accuracy better than (m)</source>
        <translation>Accetta le posizioni con precisione migliore di (m)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy threshold in metres</source>
        <translation>Soglia di precisione in metri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions averaged for a point</source>
        <translation>Posizioni da mediare per un punto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of positions to average</source>
        <translation>Numero di posizioni da mediare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While recording a track, add a vertex every</source>
        <translation>Durante la registrazione di una traccia, un vertice ogni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track interval</source>
        <translation>Intervallo della traccia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metres</source>
        <translation>metri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track interval unit</source>
        <translation>Unità dell&apos;intervallo della traccia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Position source: %1</source>
        <translation>Fonte della posizione: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No position source</source>
        <translation>Nessuna fonte della posizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: %1</source>
        <translation>Cartella: %1</translation>
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
            <numerusform>al massimo %n carattere</numerusform>
            <numerusform>al massimo %n caratteri</numerusform>
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
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/store/layerdef.cpp" line="+405"/>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; non è un numero intero</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; non è un numero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &apos;%2&apos; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a date and time</source>
        <translation>%1: &apos;%2&apos; non è una data con ora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; is neither yes nor no</source>
        <translation>%1: &apos;%2&apos; non è né sì né no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a list</source>
        <translation>%1: &apos;%2&apos; non è un elenco</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is required</source>
        <translation>Il campo %1 è obbligatorio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be at least %2</source>
        <translation>%1 non può essere inferiore a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at most %2</source>
        <translation>%1 non può superare %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs at least %2 characters</source>
        <translation>%1 richiede almeno %2 caratteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation>%1: testo troppo lungo (%2 caratteri, massimo %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the expected format</source>
        <translation>%1 non è nel formato previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the expected format: %2</source>
        <translation>%1 non è nel formato previsto: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>%1: &apos;%2&apos; is not one of the choices</source>
        <translation>%1: &apos;%2&apos; non è tra i valori previsti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: at most %2 photos</source>
        <translation>%1: al massimo %2 foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; is not a photo reference</source>
        <translation>%1: &apos;%2&apos; non è un riferimento a una foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: invalid date</source>
        <translation>%1: data non valida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: invalid date and time</source>
        <translation>%1: data e ora non valide</translation>
    </message>
</context>
<context>
    <name>VertexHandle</name>
    <message>
        <location filename="../../qml/capture/VertexHandle.qml" line="+19"/>
        <source>Vertex %1: drag to move, press and hold to remove</source>
        <translation>Vertice %1: trascinare per spostarlo, tenere premuto per rimuoverlo</translation>
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
        <translation>Impossibile aprire il progetto</translation>
    </message>
</context>
<context>
    <name>territori::core::FormController</name>
    <message>
        <location filename="../../app/core/formcontroller.cpp" line="+110"/>
        <source>This form cannot be used with this version of the app: %1</source>
        <translation>Questa scheda non può essere usata con questa versione dell&apos;app: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The feature no longer exists.</source>
        <translation>L&apos;elemento non esiste più.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 is required</source>
        <translation>Il campo %1 è obbligatorio</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wait until the photos are stored, then save.</source>
        <translation>Attendere il salvataggio delle foto, poi salvare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved. Correct these fields first:
%1</source>
        <translation>Non salvato. Correggere prima questi campi:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: some required fields are empty. Fill them in, or keep the feature as a draft to finish later.
%1</source>
        <translation>Non salvato: alcuni campi obbligatori sono vuoti. Compilarli, oppure conservare l&apos;elemento come bozza da completare in seguito.
%1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The photo %1 was stored in the project, but its form had been closed: it is not attached.</source>
        <translation>La foto %1 è stata salvata nel progetto, ma la scheda era già stata chiusa: la foto non è allegata.</translation>
    </message>
</context>
<context>
    <name>territori::core::PhotoImportJob</name>
    <message>
        <location filename="../../app/core/photostore.cpp" line="+124"/>
        <source>Cannot read the photo %1: %2</source>
        <translation>Impossibile leggere la foto %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is too large (%2 MB; at most %3 MB).</source>
        <translation>La foto %1 è troppo grande (%2 MB; massimo %3 MB).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a photo this app can read (JPEG, PNG, WebP, TIFF).</source>
        <translation>%1 non è una foto in un formato leggibile dall&apos;app (JPEG, PNG, WebP, TIFF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo %1 is damaged and cannot be read: %2</source>
        <translation>La foto %1 è danneggiata e non può essere letta: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is damaged: the file is incomplete (cut off before its end).</source>
        <translation>La foto %1 è danneggiata: il file è incompleto (interrotto prima della fine).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photo could not be stored in the project (%1). Free some space and try again.</source>
        <translation>Impossibile salvare la foto nel progetto (%1). Liberare spazio e riprovare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The photo&apos;s thumbnail could not be stored (%1).</source>
        <translation>Impossibile salvare l&apos;anteprima della foto (%1).</translation>
    </message>
</context>
<context>
    <name>territori::map::TileServer</name>
    <message>
        <location filename="../../app/map/tileserver.cpp" line="+320"/>
        <source>The local map tile server could not start.</source>
        <translation>Impossibile avviare il server locale delle tessere della mappa.</translation>
    </message>
</context>
<context>
    <name>territori::platform::PositionProvider</name>
    <message>
        <location filename="../../platform/positionprovider.cpp" line="+48"/>
        <source>The app may not use the position: allow it in the system settings.</source>
        <translation>L&apos;app non è autorizzata a usare la posizione: consentirlo nelle impostazioni di sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position source was switched off.</source>
        <translation>La fonte della posizione è stata disattivata.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the NMEA log %1: %2</source>
        <translation>Impossibile leggere il registro NMEA %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This device has no position source.</source>
        <translation>Questo dispositivo non ha una fonte della posizione.</translation>
    </message>
</context>
<context>
    <name>territori::ui::EditController</name>
    <message>
        <location filename="../../app/ui/editcontroller.cpp" line="+41"/>
        <source>Undo: new feature in %1</source>
        <translation>Annulla il nuovo elemento in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: change in %1</source>
        <translation>Annulla la modifica in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: deletion in %1</source>
        <translation>Annulla l&apos;eliminazione in %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The feature no longer exists.</source>
        <translation>L&apos;elemento non esiste più.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The geometry is not complete: a line needs two points, a polygon three.</source>
        <translation>La geometria non è completa: una linea richiede due punti, un poligono tre.</translation>
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
