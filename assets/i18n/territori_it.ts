<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.cpp" line="+140"/>
        <source>The project was updated to the current store version (from version %1).</source>
        <translation>Il progetto è stato aggiornato alla versione attuale dell&apos;archivio (dalla versione %1).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The demo project was installed. Its features are samples, not official data.</source>
        <translation>È stato installato il progetto dimostrativo. I suoi elementi sono dati di esempio, non dati ufficiali.</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <location filename="../../qml/forms/editors/BooleanEditor.qml" line="+18"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: yes</source>
        <translation>%1: sì</translation>
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
        <translation>%1 %2 per cento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel: nothing is written</source>
        <translation>Annulla: non viene scritto nulla</translation>
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
        <location filename="../../qml/capture/CaptureBar.qml" line="+26"/>
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
        <location line="+20"/>
        <source>Editing the geometry: %1</source>
        <translation>Modifica della geometria: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your comment&apos;s place: move the map under the cross, or tap the place</source>
        <translation>Il luogo della sua osservazione: sposti la mappa sotto la croce, oppure tocchi il luogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment&apos;s area: tap the map around it</source>
        <translation>L&apos;area della sua osservazione: tocchi la mappa tutto intorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New point in %1: move the map under the cross, tap the place, or use the GPS</source>
        <translation>Nuovo punto in %1: spostare la mappa sotto la croce, toccare il luogo o usare il GPS</translation>
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
        <location line="+12"/>
        <source>Point placed</source>
        <translation>Punto posizionato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point not placed yet</source>
        <translation>Punto non ancora posizionato</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+13"/>
        <source>One part. An area split by a road or a park in pieces: finish this part, then add another.</source>
        <translation>Una parte. Per un&apos;area divisa in pezzi da una strada o da un parco: completare questa parte, poi aggiungerne un&apos;altra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New part (%1 kept): tap the map to draw it.</source>
        <translation>Nuova parte (parti conservate: %1): toccare la mappa per disegnarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1 of %2</source>
        <translation>Parte %1 di %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a part</source>
        <translation>Aggiungi una parte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this part and draw another part of the same feature</source>
        <translation>Conserva questa parte e disegna un&apos;altra parte dello stesso elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next part</source>
        <translation>Parte successiva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the next part of the feature</source>
        <translation>Modifica la parte successiva dell&apos;elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove this part</source>
        <translation>Rimuovi questa parte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the part being drawn; the other parts stay</source>
        <translation>Rimuovi la parte che si sta disegnando; le altre parti restano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not valid: %1. Move or remove a vertex, or repair it.</source>
        <translation>Forma non valida: %1. Spostare o rimuovere un vertice, oppure ripararla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outline crosses itself: move or remove a vertex.</source>
        <translation>Il contorno si interseca: spostare o rimuovere un vertice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repair</source>
        <translation>Ripara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair the shape: keep its areas, drop what crosses</source>
        <translation>Ripara la forma: conserva le sue aree, togli ciò che si interseca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No repair keeps this shape in one part: move or remove a vertex.</source>
        <translation>Nessuna riparazione mantiene questa forma in una sola parte: spostare o rimuovere un vertice.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+7"/>
        <source>Place at the cross</source>
        <translation>Posiziona alla croce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place the point at the cross in the middle of the map</source>
        <translation>Posiziona il punto alla croce al centro della mappa</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message>
        <location line="+0"/>
        <source>Save the comment</source>
        <translation>Salva l&apos;osservazione</translation>
    </message>
</context>
<context>
    <name>CatalogueCard</name>
    <message>
        <location filename="../../qml/projects/CatalogueCard.qml" line="+34"/>
        <source>On this device</source>
        <translation>Su questo dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download interrupted</source>
        <translation>Download interrotto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1, published %2</source>
        <translation>Versione %1, pubblicata il %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device has version %1: the next sync of the project brings version %2.</source>
        <translation>Su questo dispositivo c&apos;è la versione %1: la prossima sincronizzazione del progetto porta la versione %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This version of Territori cannot read this project&apos;s definition: update the app to use it.</source>
        <translation>Questa versione di Territori non sa leggere la definizione di questo progetto: per usarlo, aggiornare l&apos;app.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume the download of %1 where it stopped</source>
        <translation>Riprendi il download di %1 da dove si era fermato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download…</source>
        <translation>Scarica…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download %1: choose the work area</source>
        <translation>Scarica %1: scegli l&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../qml/forms/editors/ChoiceEditor.qml" line="+24"/>
        <source>%1 (no longer a choice)</source>
        <translation>%1 (non più tra le scelte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Seleziona…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2, no longer a choice</source>
        <translation>%1: %2, non più tra le scelte</translation>
    </message>
</context>
<context>
    <name>CommentMarkers</name>
    <message>
        <location filename="../../qml/map/CommentMarkers.qml" line="+61"/>
        <source>A comment&apos;s place</source>
        <translation>Il luogo di un&apos;osservazione</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../../qml/participation/CommentsPage.qml" line="+31"/>
        <source>Comments on §%1</source>
        <translation>Osservazioni sul §%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the draft</source>
        <translation>Torna alla bozza</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n comments by %1</source>
        <translation>
            <numerusform>%n osservazione di %1</numerusform>
            <numerusform>%n osservazioni di %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n osservazione</numerusform>
            <numerusform>%n osservazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New comment</source>
        <translation>Nuova osservazione</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>on the map</source>
        <translation>sulla mappa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not yet sent</source>
        <translation>non ancora inviata</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photo of the comment</source>
        <translation>Foto dell&apos;osservazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden by the moderators: %1</source>
        <translation>Nascosta dai moderatori: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply to this comment</source>
        <translation>Rispondi a questa osservazione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No comments yet: be the first.</source>
        <translation>Ancora nessuna osservazione: si può scrivere la prima.</translation>
    </message>
</context>
<context>
    <name>ComposeCommentDialog</name>
    <message>
        <location filename="../../qml/participation/ComposeCommentDialog.qml" line="+23"/>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on §%1</source>
        <translation>Osservazione sul §%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Support</source>
        <translation>Sostegno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Preoccupazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your comment (what, where, why)</source>
        <translation>Osservazione (cosa, dove, perché)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the comment</source>
        <translation>Testo dell&apos;osservazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / 4000</source>
        <translation>%1 / 4000</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photo of the comment</source>
        <translation>Foto dell&apos;osservazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the photo</source>
        <translation>Rimuovi la foto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing the photo…</source>
        <translation>Salvataggio della foto…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a photo</source>
        <translation>Aggiungi una foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a photo to the comment from the files</source>
        <translation>Aggiungi all&apos;osservazione una foto dai file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a photo</source>
        <translation>Scatta una foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a photo for the comment</source>
        <translation>Scatta una foto per l&apos;osservazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the map:</source>
        <translation>Sulla mappa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no place</source>
        <translation>nessun luogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a place (tap it on the map)</source>
        <translation>un luogo (toccarlo sulla mappa)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an area (draw it on the map)</source>
        <translation>un&apos;area (disegnarla sulla mappa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where on the map the comment refers to</source>
        <translation>Luogo della mappa a cui si riferisce l&apos;osservazione</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue on the map</source>
        <translation>Prosegui sulla mappa</translation>
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
    <name>ConflictPage</name>
    <message>
        <location filename="../../qml/sync/ConflictPage.qml" line="+42"/>
        <source>The SIT&apos;s version was kept.</source>
        <translation>È stata conservata la versione del SIT.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your choice will be sent with the next sync.</source>
        <translation>La scelta sarà inviata con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to the sync page</source>
        <translation>Torna alla pagina della sincronizzazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict: %1</source>
        <translation>Conflitto: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You changed this feature here, and it was deleted on the SIT%1. Keep yours to bring it back with your changes, or accept the deletion.</source>
        <translation>Questo elemento è stato modificato qui ed eliminato sul SIT%1. Conservare la propria versione per ripristinarlo con le modifiche, oppure accettare l&apos;eliminazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You deleted this feature here, and it was changed on the SIT%1. Delete it anyway, or keep the SIT&apos;s version.</source>
        <translation>Questo elemento è stato eliminato qui e modificato sul SIT%1. Eliminarlo comunque, oppure conservare la versione del SIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields were changed both here and on the SIT%1. Nothing has been overwritten: choose what stays.</source>
        <translation>Questi campi sono stati modificati sia qui sia sul SIT%1. Nulla è stato sovrascritto: scegliere quali valori conservare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine (this device)</source>
        <translation>Mio (questo dispositivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SIT</source>
        <translation>SIT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: keep mine, %2</source>
        <translation>%1: conserva il mio valore, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: keep the SIT&apos;s, %2</source>
        <translation>%1: conserva il valore del SIT, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other value:</source>
        <translation>Altro valore:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: type another value</source>
        <translation>%1: digita un altro valore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: value to keep</source>
        <translation>%1: valore da conservare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shape or position was also changed on both sides: keeping yours keeps the shape drawn on this device.</source>
        <translation>Anche la forma o la posizione è stata modificata da entrambe le parti: conservando la propria versione si mantiene la forma disegnata su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Accept the deletion</source>
        <translation>Accetta l&apos;eliminazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the SIT&apos;s version</source>
        <translation>Conserva la versione del SIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete anyway</source>
        <translation>Elimina comunque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Conserva la mia versione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my choices</source>
        <translation>Conserva le mie scelte</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../qml/participation/ConsentDialog.qml" line="+14"/>
        <source>A new participant</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you write here (comments, proposals, places) goes to the Città metropolitana di Milano for the territorial plan, under a code, not your name. Moderators publish it or not. A name and an e-mail are optional, kept apart from what you write, and erased whenever you ask. Privacy notice version %1.</source>
        <translation>Quanto scritto qui (osservazioni, proposte, luoghi) viene trasmesso alla Città metropolitana di Milano per il piano territoriale, associato a un codice e non al nome di chi scrive. I moderatori decidono se pubblicarlo. Nome ed e-mail sono facoltativi, conservati separatamente da quanto scritto e cancellati in qualsiasi momento su richiesta. Informativa sulla privacy, versione %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have read the notice and agree to take part</source>
        <translation>Ho letto l&apos;informativa e accetto di partecipare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name (optional)</source>
        <translation>Nome (facoltativo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, optional</source>
        <translation>Nome, facoltativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail, to be told about the plan (optional)</source>
        <translation>E-mail, per ricevere aggiornamenti sul piano (facoltativa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail, optional</source>
        <translation>E-mail, facoltativa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take part</source>
        <translation>Partecipa</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateEditor.qml" line="+25"/>
        <source>DD/MM/YYYY</source>
        <translation>GG/MM/AAAA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: today</source>
        <translation>%1: oggi</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../qml/forms/editors/DateTimeEditor.qml" line="+20"/>
        <source>DD/MM/YYYY hh:mm</source>
        <translation>GG/MM/AAAA hh:mm</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>DefinitionUpdate</name>
    <message>
        <location filename="../../app/store/definitionupdate.cpp" line="+42"/>
        <source>The project&apos;s description, extent or basemaps changed.</source>
        <translation>Sono cambiate la descrizione, l&apos;estensione o le mappe di base del progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New layer &apos;%1&apos;.</source>
        <translation>Nuovo livello &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; was removed from the project.</source>
        <translation>Il livello &apos;%1&apos; è stato tolto dal progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; changed (title, style or options).</source>
        <translation>Il livello &apos;%1&apos; è cambiato (titolo, stile o opzioni).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New field &apos;%2&apos; in &apos;%1&apos;.</source>
        <translation>Nuovo campo &apos;%2&apos; in &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &apos;%2&apos; was removed from &apos;%1&apos;; its values stay on this device and on the SIT.</source>
        <translation>Il campo &apos;%2&apos; è stato tolto da &apos;%1&apos;; i suoi valori restano su questo dispositivo e sul SIT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &apos;%2&apos; of &apos;%1&apos; changed (label, choices or constraints).</source>
        <translation>Il campo &apos;%2&apos; di &apos;%1&apos; è cambiato (etichetta, scelte o vincoli).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; now comes %2: it is received again.</source>
        <translation>Il livello &apos;%1&apos; ora arriva %2: viene ricevuto di nuovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole</source>
        <translation>per intero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for the work area only</source>
        <translation>solo per l&apos;area di lavoro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The SIT&apos;s definition (version %1) is in format %2; this version of Territori reads format %3. Update the app; the project keeps working on its current definition.</source>
        <translation>La definizione del SIT (versione %1) è nel formato %2; questa versione di Territori legge il formato %3. Aggiornare l&apos;app; intanto il progetto continua a funzionare con la definizione attuale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SIT sent the definition of another project (&apos;%1&apos; instead of &apos;%2&apos;).</source>
        <translation>Il SIT ha inviato la definizione di un altro progetto (&apos;%1&apos; invece di &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SIT&apos;s definition (version %1) has errors: %2</source>
        <translation>La definizione del SIT (versione %1) contiene errori: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The layer &apos;%1&apos; would change its kind of geometry; its features cannot be kept as they are. Ask the GIS office to publish a new layer instead.</source>
        <translation>Il livello &apos;%1&apos; cambierebbe tipo di geometria e i suoi elementi non si potrebbero conservare così come sono. Chiedere all&apos;ufficio GIS di pubblicare invece un nuovo livello.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &apos;%2&apos; of &apos;%1&apos; would change from %3 to %4; the values here cannot be kept as they are. Ask the GIS office to add a new field instead.</source>
        <translation>Il campo &apos;%2&apos; di &apos;%1&apos; passerebbe da %3 a %4 e i valori presenti qui non si potrebbero conservare così come sono. Chiedere all&apos;ufficio GIS di aggiungere invece un nuovo campo.</translation>
    </message>
    <message>
        <location filename="../../app/store/editgateway_definition.cpp" line="+248"/>
        <source>The field &apos;%1&apos; was removed from the project, so the value entered here (%2) cannot be sent. Note it elsewhere if it matters, then send the change without it.</source>
        <translation>Il campo &apos;%1&apos; è stato tolto dal progetto, quindi il valore inserito qui (%2) non si può inviare. Se è importante annotarlo altrove, poi inviare la modifica senza quel valore.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no layer &apos;%1&apos; left over from an earlier definition.</source>
        <translation>Non c&apos;è alcun livello &apos;%1&apos; rimasto da una definizione precedente.</translation>
    </message>
</context>
<context>
    <name>DefinitionUpdateDialog</name>
    <message>
        <location filename="../../qml/sync/DefinitionUpdateDialog.qml" line="+22"/>
        <source>The project was updated</source>
        <translation>Il progetto è stato aggiornato</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The GIS office published version %1 of the project&apos;s definition (this device had version %2). Nothing entered here was lost.</source>
        <translation>L&apos;ufficio GIS ha pubblicato la versione %1 della definizione del progetto (su questo dispositivo c&apos;era la versione %2). Nulla di quanto inserito qui è andato perso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GIS office published version %1 of the project&apos;s definition. Nothing entered here was lost.</source>
        <translation>L&apos;ufficio GIS ha pubblicato la versione %1 della definizione del progetto. Nulla di quanto inserito qui è andato perso.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n changes not yet sent no longer fit the new rules: they wait for you on the sync page.</source>
        <translation>
            <numerusform>%n modifica non ancora inviata non rispetta più le nuove regole: attende nella pagina della sincronizzazione.</numerusform>
            <numerusform>%n modifiche non ancora inviate non rispettano più le nuove regole: attendono nella pagina della sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No longer in the project, kept here for their unsent changes: %1. Export them from the sync page, then let them go.</source>
        <translation>Non più nel progetto, conservati qui per le loro modifiche non inviate: %1. Esportarli dalla pagina della sincronizzazione, poi rinunciarvi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed from the project: %1 (their features stay on the SIT).</source>
        <translation>Tolti dal progetto: %1 (i loro elementi restano sul SIT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed</source>
        <translation>Che cosa è cambiato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the sync page</source>
        <translation>Apri la pagina della sincronizzazione</translation>
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
        <translation>Manca il file dimostrativo %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo file %1 is not valid JSON: %2</source>
        <translation>Il file dimostrativo %1 non è un JSON valido: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot copy the demo basemaps into %1</source>
        <translation>Impossibile copiare le mappe di base dimostrative in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy the demo files to import into %1</source>
        <translation>Impossibile copiare in %1 i file dimostrativi da importare</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../../sync/projectdownload.cpp" line="+109"/>
        <source>&apos;%1&apos; is not a project id.</source>
        <translation>&apos;%1&apos; non è un identificativo di progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project &apos;%1&apos; is on this device already.</source>
        <translation>Il progetto &apos;%1&apos; è già su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the project from the SIT</source>
        <translation>Lettura del progetto dal SIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project &apos;%1&apos; is not in the SIT&apos;s catalogue for your account.</source>
        <translation>Il progetto &apos;%1&apos; non è nel catalogo del SIT per questo account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project &apos;%1&apos; is in definition format %2; this version of Territori reads format %3. Update the app to use it.</source>
        <translation>Il progetto &apos;%1&apos; ha una definizione nel formato %2; questa versione di Territori legge il formato %3. Per usarlo, aggiornare l&apos;app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SIT sent the definition of another project for &apos;%1&apos;.</source>
        <translation>Per &apos;%1&apos; il SIT ha inviato la definizione di un altro progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s definition on the SIT has errors; ask the GIS office: %1</source>
        <translation>La definizione del progetto sul SIT contiene errori; rivolgersi all&apos;ufficio GIS: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SIT has no work area &apos;%1&apos;.</source>
        <translation>Il SIT non ha un&apos;area di lavoro &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The project could not be written on this device: %1</source>
        <translation>Impossibile scrivere il progetto su questo dispositivo: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The download was cancelled; nothing of it was kept.</source>
        <translation>Il download è stato annullato; non ne è stato conservato nulla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download stopped: %1 What arrived is kept; it goes on from there at the next try.</source>
        <translation>Il download si è fermato: %1 Quanto già arrivato è conservato; al prossimo tentativo si riprende da lì.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the project</source>
        <translation>Apertura del progetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot replace the folder %1.</source>
        <translation>Impossibile sostituire la cartella %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move the downloaded project into %1.</source>
        <translation>Impossibile spostare il progetto scaricato in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <location filename="../../qml/projects/DownloadPage.qml" line="+22"/>
        <source>The whole territory</source>
        <translation>Tutto il territorio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Download “%1”</source>
        <translation>Scarica «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the projects</source>
        <translation>Torna ai progetti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which part of the territory?</source>
        <translation>Quale parte del territorio?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search a comune or a zona omogenea</source>
        <translation>Cerca un comune o una zona omogenea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the work areas</source>
        <translation>Cerca nelle aree di lavoro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The boundaries of these areas are samples, not official ones.</source>
        <translation>I confini di queste aree sono di esempio, non quelli ufficiali.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sample boundary, not official</source>
        <translation>confine di esempio, non ufficiale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, sample boundary, not official</source>
        <translation>%1, confine di esempio, non ufficiale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SIT offers no work areas for this account: the project comes whole.</source>
        <translation>Il SIT non offre aree di lavoro per questo account: il progetto arriva per intero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comune or zona omogenea is called like that.</source>
        <translation>Nessun comune o zona omogenea ha questo nome.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” for: %2</source>
        <translation>«%1» per: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every feature of the project comes to this device: on a large territory this takes time and room.</source>
        <translation>Tutti gli elementi del progetto arrivano su questo dispositivo: su un territorio grande servono tempo e spazio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The features inside the area come to this device, with their photos and the basemaps. Features that leave the area on the SIT leave the device too, unless they have changes of yours not yet sent; what you create here always stays.</source>
        <translation>Arrivano su questo dispositivo gli elementi dentro l&apos;area, con le loro foto e le mappe di base. Gli elementi che sul SIT escono dall&apos;area escono anche dal dispositivo, a meno che abbiano modifiche fatte qui e non ancora inviate; ciò che viene creato qui resta sempre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download %1 for %2</source>
        <translation>Scarica %1 per %2</translation>
    </message>
</context>
<context>
    <name>DownloadPane</name>
    <message>
        <location filename="../../qml/projects/DownloadPane.qml" line="+40"/>
        <source>Downloading “%1”</source>
        <translation>Download di «%1» in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download stopped</source>
        <translation>Il download si è fermato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is on this device</source>
        <translation>«%1» è su questo dispositivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work area: %1</source>
        <translation>Area di lavoro: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Download of %1: %2 percent</source>
        <translation>Download di %1: %2 per cento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the SIT</source>
        <translation>Connessione al SIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the download: nothing of it is kept</source>
        <translation>Annulla il download: non ne viene conservato nulla</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the download of %1 again, from where it stopped</source>
        <translation>Riprova il download di %1 da dove si era fermato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it</source>
        <translation>Aprilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <location filename="../../qml/participation/DraftPage.qml" line="+36"/>
        <source>Back to the drafts</source>
        <translation>Torna alle bozze</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since</source>
        <translation>Modifiche dalla</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>— (read)</source>
        <translation>— (nessun confronto)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>version %1</source>
        <translation>versione %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show what changed since an earlier version</source>
        <translation>Mostra le modifiche rispetto a una versione precedente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Go to paragraph %1, %2</source>
        <translation>Vai al paragrafo %1, %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Comments (%1)</source>
        <translation>Osservazioni (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n comments on paragraph %1</source>
        <translation>
            <numerusform>%n osservazione sul paragrafo %1</numerusform>
            <numerusform>%n osservazioni sul paragrafo %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>Commenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on paragraph %1</source>
        <translation>Scrivi un&apos;osservazione sul paragrafo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See on the map</source>
        <translation>Vedi sulla mappa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the place of paragraph %1 on the map: %2</source>
        <translation>Mostra sulla mappa il luogo del paragrafo %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version %1 compared with version %2: removed words are struck through in red, new ones highlighted in green.</source>
        <translation>Versione %1 confrontata con la versione %2: le parole eliminate sono barrate in rosso, quelle nuove evidenziate in verde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NEW</source>
        <translation>NUOVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHANGED</source>
        <translation>MODIFICATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REMOVED</source>
        <translation>ELIMINATO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNCHANGED</source>
        <translation>INVARIATO</translation>
    </message>
</context>
<context>
    <name>EditGateway</name>
    <message>
        <location filename="../../app/store/editgateway.cpp" line="+28"/>
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
        <location line="+64"/>
        <location line="+519"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>Il livello &apos;%1&apos; non ha il campo &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Not saved: %1. Save as draft to finish it later.</source>
        <translation>Non salvato: %1. È possibile conservare l&apos;elemento come bozza e completarlo in seguito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1.</source>
        <translation>Non salvato: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: the feature has no geometry.</source>
        <translation>Non salvato: l&apos;elemento non ha una geometria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: the layer &apos;%1&apos; holds single %2 geometries, and this one has %3 parts. Split it into separate features.</source>
        <translation>Non salvato: il livello &apos;%1&apos; contiene geometrie %2 singole e questa ha %3 parti. Dividerla in elementi separati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: the layer &apos;%1&apos; holds %2 geometries, not %3.</source>
        <translation>Non salvato: il livello &apos;%1&apos; contiene geometrie di tipo %2, non %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: a coordinate is not a valid longitude/latitude.</source>
        <translation>Non salvato: una coordinata non è una longitudine/latitudine valida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: a part of the geometry is empty.</source>
        <translation>Non salvato: una parte della geometria è vuota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: a line needs at least two distinct points.</source>
        <translation>Non salvato: una linea richiede almeno due punti distinti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: a polygon ring needs at least three points and must be closed.</source>
        <translation>Non salvato: un anello del poligono richiede almeno tre punti e deve essere chiuso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the polygon has no area.</source>
        <translation>Non salvato: il poligono ha area nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: the geometry is not valid: %1 (near %2, %3). Move or remove a vertex, or repair it.</source>
        <translation>Non salvato: la geometria non è valida: %1 (vicino a %2, %3). Spostare o rimuovere un vertice, oppure ripararla.</translation>
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
        <translation>Il livello &apos;%1&apos; non esiste.</translation>
    </message>
    <message>
        <location line="-326"/>
        <location line="+45"/>
        <location line="+99"/>
        <location filename="../../app/store/editgateway_import.cpp" line="+2"/>
        <source>The layer &apos;%1&apos; cannot be edited.</source>
        <translation>Il livello &apos;%1&apos; non è modificabile.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The feature no longer exists: it may have been deleted meanwhile.</source>
        <translation>L&apos;elemento non esiste più: potrebbe essere stato eliminato nel frattempo.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+122"/>
        <location line="+68"/>
        <source>The feature no longer exists.</source>
        <translation>L&apos;elemento non esiste più.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>There is nothing to undo.</source>
        <translation>Non ci sono modifiche da annullare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last edit has already been sent to the knowledge system: edit the feature instead of undoing.</source>
        <translation>L&apos;ultima modifica è già stata inviata al sistema della conoscenza (SIT): invece di annullarla, modificare l&apos;elemento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the import has already been sent to the knowledge system: delete its features instead of undoing.</source>
        <translation>Una parte dell&apos;importazione è già stata inviata al sistema della conoscenza (SIT): invece di annullarla, eliminarne gli elementi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last edit was made in another program (a desktop GIS): undo it there, or edit the feature here.</source>
        <translation>L&apos;ultima modifica è stata fatta in un altro programma (un GIS desktop): annullarla lì, oppure modificare l&apos;elemento qui.</translation>
    </message>
    <message>
        <location filename="../../app/store/editgateway_sync.cpp" line="-4"/>
        <source>This conflict has already been resolved.</source>
        <translation>Questo conflitto è già stato risolto.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/files/ExportPage.qml" line="+15"/>
        <source>%1 (no longer in the project)</source>
        <translation>%1 (non più nel progetto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export layers</source>
        <translation>Esportazione dei livelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layers</source>
        <translation>Livelli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose all the layers</source>
        <translation>Scegli tutti i livelli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose no layer</source>
        <translation>Non scegliere alcun livello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 chosen</source>
        <translation>%1 su %2 scelti</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export %1</source>
        <translation>Esporta %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coordinate system</source>
        <translation>Sistema di coordinate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coordinate system of the exported files</source>
        <translation>Sistema di coordinate dei file esportati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RDN2008 / UTM 32N is the national system the Regione Lombardia and the comuni use; choose WGS 84 (EPSG:4326) for web maps.</source>
        <translation>RDN2008 / UTM 32N è il sistema nazionale usato dalla Regione Lombardia e dai comuni; per le mappe web scegliere WGS 84 (EPSG:4326).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder the export is written into</source>
        <translation>Cartella in cui viene scritta l&apos;esportazione</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %n layers</source>
        <translation>
            <numerusform>Esporta %n livello</numerusform>
            <numerusform>Esporta %n livelli</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n features written in %1:</source>
        <translation>
            <numerusform>%n elemento scritto in %1:</numerusform>
            <numerusform>%n elementi scritti in %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns renamed for the Shapefile:</source>
        <translation>Colonne rinominate per lo Shapefile:</translation>
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
        <location line="+4"/>
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
        <location filename="../../qml/forms/FeaturePage.qml" line="+36"/>
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
    <message>
        <location line="+49"/>
        <source>%1 is required</source>
        <translation>Il campo %1 è obbligatorio</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
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
        <location filename="../../qml/forms/FieldDelegate.qml" line="+82"/>
        <source>Required: fill it in, or keep the feature as a draft</source>
        <translation>Obbligatorio: compilare il campo o conservare l&apos;elemento come bozza</translation>
    </message>
</context>
<context>
    <name>FieldLink</name>
    <message>
        <location filename="../../qml/forms/FieldLink.qml" line="+21"/>
        <source>Go to the field: %1</source>
        <translation>Vai al campo: %1</translation>
    </message>
</context>
<context>
    <name>Geometry</name>
    <message>
        <location filename="../../app/store/validity.cpp" line="+157"/>
        <source>an outline has too few distinct points</source>
        <translation>un contorno ha troppo pochi punti distinti</translation>
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
        <location filename="../../app/gis/cli/export_main.cpp" line="+96"/>
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
        <location line="+133"/>
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
        <location line="+37"/>
        <source>Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.</source>
        <translation>Controllate %1 righe: %2 valide, %3 scartate, %4 riparate, %5 avvisi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more (see --report).</source>
        <translation>... e altri %1 (vedi --report).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rows hold several parts and the layer holds single ones: --split-multipart imports each part as a feature of its own.</source>
        <translation>
            <numerusform>%n riga ha più parti e il layer ne contiene di singole: --split-multipart importa ogni parte come elemento a sé.</numerusform>
            <numerusform>%n righe hanno più parti e il layer ne contiene di singole: --split-multipart importa ogni parte come elemento a sé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported %1 features into %2 (import %3); they will be sent with the next sync.</source>
        <translation>Importati %1 elementi in %2 (importazione %3); saranno inviati con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../app/gis/exporter.cpp" line="+180"/>
        <source>Unknown export format &apos;%1&apos;: use gpkg, geojson, shp or csv.</source>
        <translation>Formato di esportazione sconosciuto &apos;%1&apos;: usare gpkg, geojson, shp o csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/gis/importer.cpp" line="+519"/>
        <source>EPSG:%1 is not a coordinate system Territori knows.</source>
        <translation>EPSG:%1 non è un sistema di coordinate che Territori conosce.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinates cannot be converted to %1.</source>
        <translation>Le coordinate non si possono convertire in %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project has no layer &apos;%1&apos;.</source>
        <translation>Il progetto non ha il livello &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the export.</source>
        <translation>Indicare dove scrivere l&apos;esportazione.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is the project&apos;s own store: choose another file to export to.</source>
        <translation>%1 è l&apos;archivio stesso del progetto: scegliere un altro file in cui esportare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Non si può creare la cartella %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+154"/>
        <source>%1 cannot be written: %2</source>
        <translation>Non si può scrivere %1: %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+7"/>
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
        <location line="-100"/>
        <location line="+118"/>
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
        <location filename="../../app/gis/importer.cpp" line="-467"/>
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
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>a point</source>
        <translation>un punto</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+33"/>
        <source>a line</source>
        <translation>una linea</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+27"/>
        <source>a polygon</source>
        <translation>un poligono</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>a multi-point of %n parts</source>
        <translation>
            <numerusform>un multipunto di %n parte</numerusform>
            <numerusform>un multipunto di %n parti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a multi-line of %n parts</source>
        <translation>
            <numerusform>una multilinea di %n parte</numerusform>
            <numerusform>una multilinea di %n parti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a multi-polygon of %n parts</source>
        <translation>
            <numerusform>un multipoligono di %n parte</numerusform>
            <numerusform>un multipoligono di %n parti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty geometry collection</source>
        <translation>una collezione di geometrie vuota</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n polygons</source>
        <translation>
            <numerusform>%n poligono</numerusform>
            <numerusform>%n poligoni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n linea</numerusform>
            <numerusform>%n linee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n points</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a geometry collection of %1</source>
        <translation>una collezione di geometrie con %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a %1</source>
        <translation>un %1</translation>
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
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>around %1</source>
        <translation>intorno a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between %1 and %2</source>
        <translation>tra %1 e %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 more problems are not listed.</source>
        <translation>Altri %1 problemi non sono elencati.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>Non è stato possibile salvare il rapporto in %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is the project&apos;s own store: choose a file to import into it.</source>
        <translation>%1 è l&apos;archivio stesso del progetto: scegliere un file da importare nel progetto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds several layers: choose the one to import (%2).</source>
        <translation>%1 contiene più livelli: scegliere quello da importare (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project has no layer &apos;%1&apos;. Its layers: %2.</source>
        <translation>Il progetto non ha il livello &apos;%1&apos;. I suoi livelli: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features cannot be imported into the layer &apos;%1&apos;.</source>
        <translation>Nel livello &apos;%1&apos; non si possono importare elementi.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The project has no layer a file can be imported into.</source>
        <translation>Il progetto non ha alcun layer in cui importare un file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it holds %1, as the file does, and %2 of the file&apos;s %3 columns match its fields.</source>
        <translation>contiene %1, come il file, e %2 delle %3 colonne del file corrispondono ai suoi campi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no layer of the project holds %1, as the file does; %2 of the file&apos;s %3 columns match the fields of this one.</source>
        <translation>nessun layer del progetto contiene %1, come il file; %2 delle %3 colonne del file corrispondono ai campi di questo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the file&apos;s %2 columns match its fields.</source>
        <translation>%1 delle %2 colonne del file corrispondono ai suoi campi.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+34"/>
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
        <location line="+20"/>
        <source>the row has an empty geometry</source>
        <translation>la riga ha una geometria vuota</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a closed line was taken as the outline of a polygon</source>
        <translation>una linea chiusa è stata presa come contorno di un poligono</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the coordinates (%1, %2) are not valid in %3: is the coordinate system right?</source>
        <translation>le coordinate (%1, %2) non sono valide in %3: il sistema di coordinate è giusto?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the feature lies outside the territory of the Città metropolitana di Milano (at %1); accepted, as chosen</source>
        <translation>l&apos;elemento è fuori dal territorio della Città metropolitana di Milano (a %1); accettato, come scelto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feature lies outside the territory of the Città metropolitana di Milano (at %1, read as %2): is the coordinate system right?</source>
        <translation>l&apos;elemento è fuori dal territorio della Città metropolitana di Milano (a %1, letto come %2): il sistema di coordinate è giusto?</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+43"/>
        <source>the geometry has %1 vertices, more than an import accepts</source>
        <translation>la geometria ha %1 vertici, più di quanti un&apos;importazione ne accetti</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>GEOS gives no reason</source>
        <translation>GEOS non indica il motivo</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+42"/>
        <source>%1, but the layer holds %2</source>
        <translation>%1, ma il layer contiene %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>part %1 of the row&apos;s %2 parts is empty</source>
        <translation>la parte %1 delle %2 parti della riga è vuota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the layer holds single %2. Choose to split multi-part rows into one feature per part, each with the row&apos;s values, or split it in your GIS.</source>
        <translation>%1: il layer contiene %2 singoli. Si può scegliere di dividere le righe in più parti in un elemento per parte, ciascuno con i valori della riga, oppure dividerle nel proprio GIS.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: collections nested this deep cannot be imported</source>
        <translation>%1: collezioni annidate così a fondo non si possono importare</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>part %1: %2</source>
        <translation>parte %1: %2</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>the geometry was not valid (%1) and was repaired</source>
        <translation>la geometria non era valida (%1) ed è stata riparata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the geometry is not valid (%1) and repairing it gives %2</source>
        <translation>la geometria non è valida (%1) e riparandola si ottiene %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the geometry is not valid (%1) and repairing it does not give one of the layer&apos;s %2</source>
        <translation>la geometria non è valida (%1) e ripararla non dà uno dei %2 del livello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the geometry is not valid (%1); it can be repaired on request</source>
        <translation>la geometria non è valida (%1); si può riparare su richiesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part %1 of the row&apos;s %2 parts has no area</source>
        <translation>la parte %1 delle %2 parti della riga non ha area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the polygon has no area</source>
        <translation>il poligono non ha area</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>part %1 of the row&apos;s %2 parts has no length</source>
        <translation>la parte %1 delle %2 parti della riga non ha lunghezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line has no length</source>
        <translation>la linea non ha lunghezza</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the coordinates cannot be converted from %1 to WGS 84</source>
        <translation>le coordinate non si possono convertire da %1 a WGS 84</translation>
    </message>
    <message>
        <location filename="../../app/gis/importer_passes.cpp" line="+23"/>
        <source>The import is not prepared.</source>
        <translation>L&apos;importazione non è pronta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Coordinates read as %1, as chosen, not as the file says.</source>
        <translation>Coordinate lette come %1, come scelto, non come dichiara il file.</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+434"/>
        <source>The check was cancelled.</source>
        <translation>Il controllo è stato annullato.</translation>
    </message>
    <message>
        <location line="-598"/>
        <source>same geometry and values as row %1</source>
        <translation>stessa geometria e stessi valori della riga %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the layer already has this feature (uuid %1)</source>
        <translation>il livello ha già questo elemento (uuid %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 has no features to import.</source>
        <translation>%1 non ha elementi da importare.</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The file must be checked completely before it is imported.</source>
        <translation>Il file va controllato per intero prima di importarlo.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Only the first %1 rows were checked: the import stopped before the end of the file.</source>
        <translation>Sono state controllate solo le prime %1 righe: l&apos;importazione si è fermata prima della fine del file.</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>No row of %1 can be imported: see the report.</source>
        <translation>Nessuna riga di %1 si può importare: vedere il rapporto.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Columns of %1 not imported (no field of the layer takes them): %2.</source>
        <translation>Colonne di %1 non importate (nessun campo del layer le accoglie): %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>part %1 of the row is already in the layer (uuid %2)</source>
        <translation>la parte %1 della riga è già nel layer (uuid %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>split into %1 features, one per part, each with the row&apos;s values</source>
        <translation>divisa in %1 elementi, uno per parte, ciascuno con i valori della riga</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 rows lie outside the project&apos;s territory, %3; they are accepted, as chosen.</source>
        <translation>%1 righe su %2 sono fuori dal territorio del progetto, %3; sono accettate, come scelto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 rows lie outside the project&apos;s territory, %3: if they belong on it, the coordinates are probably not in %4 (check the coordinate system); if they are right, accept rows off the territory.</source>
        <translation>%1 righe su %2 sono fuori dal territorio del progetto, %3: se appartengono al territorio, le coordinate probabilmente non sono in %4 (verificare il sistema di coordinate); se sono giuste, accettare le righe fuori territorio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 rows lie outside the project&apos;s territory, %3.</source>
        <translation>%1 righe su %2 sono fuori dal territorio del progetto, %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The geometries of %1 have heights (Z) on %2 of %3 rows; the layer keeps 2D coordinates, so the heights are dropped.</source>
        <translation>Le geometrie di %1 hanno quote (Z) in %2 righe su %3; il layer conserva coordinate 2D, quindi le quote vengono scartate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The geometries of %1 have measures (M) on %2 of %3 rows; the layer keeps 2D coordinates, so the measures are dropped.</source>
        <translation>Le geometrie di %1 hanno misure (M) in %2 righe su %3; il layer conserva coordinate 2D, quindi le misure vengono scartate.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows of several parts are split into %1 features, one per part, each with its row&apos;s values.</source>
        <translation>
            <numerusform>%n riga in più parti è divisa in %1 elementi, uno per parte, ciascuno con i valori della sua riga.</numerusform>
            <numerusform>%n righe in più parti sono divise in %1 elementi, uno per parte, ciascuno con i valori della sua riga.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to import the %3 valid rows and keep the report of the others.</source>
        <translation>%1 righe su %2 hanno problemi, quindi non è stato importato nulla. Correggere il file, oppure scegliere di importare le %3 righe valide e conservare il rapporto delle altre.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row %1, part %2 of %3</source>
        <translation>Riga %1, parte %2 di %3</translation>
    </message>
    <message>
        <location line="+191"/>
        <location line="+28"/>
        <source>%1 changed after it was checked: check it again before importing.</source>
        <translation>%1 è cambiato dopo il controllo: controllarlo di nuovo prima di importarlo.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+113"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Row %1: %2. Nothing was imported.</source>
        <translation>Riga %1: %2. Non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="-225"/>
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
        <location line="+54"/>
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
        <location line="+81"/>
        <source>The file %1 is empty.</source>
        <translation>Il file %1 è vuoto.</translation>
    </message>
    <message>
        <location line="-71"/>
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
        <location line="+36"/>
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
        <location line="+56"/>
        <source>its .cpg file</source>
        <translation>il suo file .cpg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the language id in its .dbf</source>
        <translation>l&apos;identificativo di lingua nel suo .dbf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its byte-order mark</source>
        <translation>il suo byte-order mark (BOM)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 cannot be read as text: %2 of its %3 rows hold bytes that are neither %4 nor Windows-1252, and reading them anyway would garble their letters. Save the file again from your GIS with its encoding set to UTF-8.</source>
        <translation>%1 non si può leggere come testo: %2 delle sue %3 righe contengono byte che non sono né %4 né Windows-1252, e leggerle comunque ne storpierebbe le lettere. Salvare di nuovo il file dal proprio GIS con la codifica impostata a UTF-8.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n values end in a letter cut in half (the program that wrote the file cut them to the column&apos;s width); the incomplete letter was dropped.</source>
        <translation>
            <numerusform>%1: %n valore finisce con una lettera tagliata a metà (il programma che ha scritto il file l&apos;ha troncato alla larghezza della colonna); la lettera incompleta è stata tolta.</numerusform>
            <numerusform>%1: %n valori finiscono con una lettera tagliata a metà (il programma che ha scritto il file li ha troncati alla larghezza della colonna); la lettera incompleta è stata tolta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows-1252 (Latin-1), the encoding of the comuni&apos;s Windows programs. Check accented letters in the preview.</source>
        <translation>Windows-1252 (Latin-1), la codifica dei programmi Windows dei comuni. Controllare le lettere accentate nell&apos;anteprima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says its text is %2 (%3), but its accented letters are UTF-8: it was read as UTF-8.</source>
        <translation>%1 dichiara che il suo testo è %2 (%3), ma le sue lettere accentate sono UTF-8: è stato letto come UTF-8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says its text is %2 (%3), but %4 of its %5 rows hold bytes that are not %2: their text was read as %6</source>
        <translation>%1 dichiara che il suo testo è %2 (%3), ma %4 delle sue %5 righe contengono byte che non sono %2: il loro testo è stato letto come %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 says its text is UTF-8 (%2), but %3 of its %4 rows hold bytes that are not UTF-8: their text was read as %5</source>
        <translation>%1 dichiara che il suo testo è UTF-8 (%2), ma %3 delle sue %4 righe contengono byte che non sono UTF-8: il loro testo è stato letto come %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not say how its text is encoded, and %2 of its %3 rows are not UTF-8: their text was read as %4</source>
        <translation>%1 non dichiara la codifica del suo testo, e %2 delle sue %3 righe non sono UTF-8: il loro testo è stato letto come %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column names of %1 are not UTF-8: they were read as Windows-1252 (Latin-1).</source>
        <translation>I nomi delle colonne di %1 non sono UTF-8: sono stati letti come Windows-1252 (Latin-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.</source>
        <translation>%1 non dice come è codificato il suo testo; è UTF-8 valido ed è stato letto come tale.</translation>
    </message>
    <message>
        <location line="+37"/>
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
    <message>
        <location filename="../../app/ui/gisloader.cpp" line="+45"/>
        <source>The import and export module cannot be loaded; looked for: %1</source>
        <translation>Il modulo di importazione ed esportazione non si può caricare; cercato in: %1</translation>
    </message>
</context>
<context>
    <name>ImportDonePane</name>
    <message numerus="yes">
        <location filename="../../qml/files/ImportDonePane.qml" line="+29"/>
        <source>%n features imported from %1</source>
        <translation>
            <numerusform>%n elemento importato da %1</numerusform>
            <numerusform>%n elementi importati da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows of several parts became %1 features, one per part.</source>
        <translation>
            <numerusform>%n riga in più parti è diventata %1 elementi, uno per parte.</numerusform>
            <numerusform>%n righe in più parti sono diventate %1 elementi, uno per parte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows were left out; their report stays with the import.</source>
        <translation>
            <numerusform>%n riga è stata esclusa; il rapporto resta associato all&apos;importazione.</numerusform>
            <numerusform>%n righe sono state escluse; il rapporto resta associato all&apos;importazione.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They wait in the outbox and go to the SIT with the next sync.</source>
        <translation>Restano in attesa di invio e arriveranno al SIT con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show on the map</source>
        <translation>Mostra sulla mappa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import another file</source>
        <translation>Importa un altro file</translation>
    </message>
</context>
<context>
    <name>ImportFieldsPane</name>
    <message>
        <location filename="../../qml/files/ImportFieldsPane.qml" line="+28"/>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates read as %1</source>
        <translation>Coordinate lette come %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Into the layer:</source>
        <translation>Nel layer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer the file&apos;s features go into</source>
        <translation>Layer in cui vanno gli elementi del file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chosen for this file: %1</source>
        <translation>Scelto per questo file: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer of the file:</source>
        <translation>Livello del file:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Seleziona…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which layer of the file to import</source>
        <translation>Livello del file da importare</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file says its coordinates are in %1. Use the system you chose instead?</source>
        <translation>Il file dichiara le coordinate in %1. Usare invece il sistema scelto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the system the coordinates are really in; the file&apos;s own will be ignored.</source>
        <translation>Scegliere il sistema in cui sono realmente le coordinate; quello indicato dal file sarà ignorato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not say which coordinate system its coordinates are in. Choose it: the import never guesses.</source>
        <translation>Il file non dice in quale sistema di coordinate sono le sue coordinate. Sceglierlo: l&apos;importazione non lo deduce mai da sola.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the coordinate system…</source>
        <translation>Seleziona il sistema di coordinate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system of the file</source>
        <translation>Sistema di coordinate del file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this system</source>
        <translation>Usa questo sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the coordinates in %1</source>
        <translation>Leggi le coordinate in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s coordinate system is wrong?</source>
        <translation>Il sistema di coordinate del file è sbagliato?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Geometry from</source>
        <translation>Geometria da</translation>
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
        <translation>per nome</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Column of the X coordinate (easting or longitude)</source>
        <translation>Colonna della coordinata X (est o longitudine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column of the Y coordinate (northing or latitude)</source>
        <translation>Colonna della coordinata Y (nord o latitudine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or WKT</source>
        <translation>oppure WKT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column of the geometry as WKT</source>
        <translation>Colonna della geometria in WKT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the geometry from these columns</source>
        <translation>Prendi la geometria da queste colonne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields of the layer and where they come from</source>
        <translation>Campi del livello e loro provenienza</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fields appear once the file&apos;s coordinate system and geometry are settled.</source>
        <translation>I campi compaiono una volta definiti il sistema di coordinate e la geometria del file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check every row</source>
        <translation>Controlla tutte le righe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check every row of the file; nothing is written yet</source>
        <translation>Controlla tutte le righe del file; per ora non viene scritto nulla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview of the first rows</source>
        <translation>Anteprima delle prime righe</translation>
    </message>
</context>
<context>
    <name>ImportFilePane</name>
    <message>
        <location filename="../../qml/files/ImportFilePane.qml" line="+21"/>
        <source>Into the layer</source>
        <translation>Nel livello</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer the file&apos;s features go into</source>
        <translation>Livello in cui vanno gli elementi del file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unless you choose one, the layer that fits the file (its geometry and its columns) is chosen when the file is read.</source>
        <translation>Se non se ne sceglie uno, alla lettura del file viene scelto il layer adatto al file (per geometria e colonne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provenance</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Comune the file comes from</source>
        <translation>Comune da cui proviene il file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer who sends it</source>
        <translation>Referente che lo invia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer who sends the file</source>
        <translation>Referente che invia il file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shapefile (also zipped), GeoPackage, GeoJSON, KML/KMZ, GML, DXF and CSV with WKT or X/Y columns. Nothing is written until every row has been checked and you confirm.</source>
        <translation>Shapefile (anche in un archivio ZIP), GeoPackage, GeoJSON, KML/KMZ, GML, DXF e CSV con colonne WKT o X/Y. Non viene scritto nulla finché tutte le righe non sono state controllate e non si dà conferma.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Up one folder</source>
        <translation>Vai alla cartella superiore</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1  (%2 kB)</source>
        <translation>%1  (%2 kB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file here that can be imported.</source>
        <translation>Nessun file importabile in questa cartella.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/files/ImportPage.qml" line="+15"/>
        <source>Import a GIS file</source>
        <translation>Importazione di un file GIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. File</source>
        <translation>1. File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Fields</source>
        <translation>2. Campi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Check</source>
        <translation>3. Controllo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. Done</source>
        <translation>4. Fine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current step: %1</source>
        <translation>Passo attuale: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking every row…</source>
        <translation>Controllo di tutte le righe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to the project…</source>
        <translation>Scrittura nel progetto…</translation>
    </message>
</context>
<context>
    <name>ImportReportPane</name>
    <message>
        <location filename="../../qml/files/ImportReportPane.qml" line="+32"/>
        <source>Rows read</source>
        <translation>Righe lette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Scartate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geometries repaired</source>
        <translation>Geometrie riparate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split into parts</source>
        <translation>Diviso in parti</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rows, %1 features</source>
        <translation>
            <numerusform>%n riga, %1 elementi</numerusform>
            <numerusform>%n righe, %1 elementi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair invalid geometries (checks again)</source>
        <translation>Ripara le geometrie non valide (ripete il controllo)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Split the %n rows of several parts into one feature per part (checks again)</source>
        <translation>
            <numerusform>Dividere la %n riga in più parti in un elemento per parte (ricontrolla)</numerusform>
            <numerusform>Dividere le %n righe in più parti in un elemento per parte (ricontrolla)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accept rows off the metropolitan territory (checks again)</source>
        <translation>Accetta righe fuori dal territorio (ripete il controllo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What to import</source>
        <translation>Cosa importare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing, until the file is corrected</source>
        <translation>Nulla, finché il file non è corretto</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Only the %n valid rows; the report keeps the others</source>
        <translation>
            <numerusform>Solo %n riga valida; il rapporto conserva le altre</numerusform>
            <numerusform>Solo le %n righe valide; il rapporto conserva le altre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved in %1</source>
        <translation>Rapporto salvato in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report</source>
        <translation>Salva il rapporto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report of every problem as CSV</source>
        <translation>Salva in CSV il rapporto di tutti i problemi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %n rows</source>
        <translation>
            <numerusform>Importa %n riga</numerusform>
            <numerusform>Importa %n righe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About the file</source>
        <translation>Sul file</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n problems, by row</source>
        <translation>
            <numerusform>%n problema, per riga</numerusform>
            <numerusform>%n problemi, per riga</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problem found</source>
        <translation>Nessun problema rilevato</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more not listed (the saved report counts them)</source>
        <translation>
            <numerusform>…e %n altro problema non elencato (il rapporto salvato lo conteggia)</numerusform>
            <numerusform>…e altri %n problemi non elencati (il rapporto salvato li conteggia)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Row %1</source>
        <translation>Riga %1</translation>
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
        <translation>Avviso: </translation>
    </message>
</context>
<context>
    <name>LayersDrawer</name>
    <message>
        <location filename="../../qml/map/LayersDrawer.qml" line="+26"/>
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
        <location line="+7"/>
        <source>Online maps are kept on the device as they are seen, for use without a network.</source>
        <translation>Le mappe online vengono conservate sul dispositivo man mano che sono visualizzate, per usarle anche senza rete.</translation>
    </message>
</context>
<context>
    <name>LocalProjectCard</name>
    <message>
        <location filename="../../qml/projects/LocalProjectCard.qml" line="+52"/>
        <source>Open now</source>
        <translation>Aperto ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data</source>
        <translation>Dati di esempio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Download in corso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download interrupted</source>
        <translation>Download interrotto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole territory</source>
        <translation>Tutto il territorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample boundary</source>
        <translation>confine di esempio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloaded so far</source>
        <translation>scaricati finora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1</source>
        <translation>Ultima sincronizzazione %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never synchronised</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n features with changes not yet sent to the SIT</source>
        <translation>
            <numerusform>%n elemento con modifiche non ancora inviate al SIT</numerusform>
            <numerusform>%n elementi con modifiche non ancora inviate al SIT</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes waiting to be sent</source>
        <translation>Nessuna modifica in attesa di invio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from this device</source>
        <translation>Rimuovi %1 da questo dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard what was downloaded of %1</source>
        <translation>Scarta quanto scaricato di %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume the download of %1 where it stopped</source>
        <translation>Riprendi il download di %1 da dove si era fermato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the map of %1</source>
        <translation>Torna alla mappa di %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../qml/map/MapPage.qml" line="+46"/>
        <source>Layers and basemaps</source>
        <translation>Livelli e mappe di base</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Projects (open now: %1): open another one or download one</source>
        <translation>Progetti (aperto ora: %1): aprine un altro o scaricane uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects on this device and on the SIT</source>
        <translation>Progetti su questo dispositivo e sul SIT</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>SAMPLE DATA</source>
        <translation>DATI DI ESEMPIO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The features of this project are samples, not official data</source>
        <translation>Gli elementi di questo progetto sono dati di esempio, non dati ufficiali</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n edits to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n edits are waiting to be sent to the knowledge system</source>
        <translation>
            <numerusform>%n modifica in attesa di invio al sistema della conoscenza (SIT)</numerusform>
            <numerusform>%n modifiche in attesa di invio al sistema della conoscenza (SIT)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the knowledge system: %1</source>
        <translation>Sincronizzazione con il sistema della conoscenza (SIT): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to undo</source>
        <translation>Nessuna modifica da annullare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participation: drafts, comments and territorial tables</source>
        <translation>Partecipazione: bozze, osservazioni e tavoli territoriali</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GIS files: import and export</source>
        <translation>File GIS: importazione ed esportazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a comune&apos;s GIS file…</source>
        <translation>Importa un file GIS comunale…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export layers…</source>
        <translation>Esporta livelli…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feature lists</source>
        <translation>Elenchi degli elementi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+23"/>
        <source>Table: %1 · writing: %2</source>
        <translation>Tavolo: %1 · scrive: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table: %1 · choose who writes</source>
        <translation>Tavolo: %1 · scegliere chi scrive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Territorial table %1, open it</source>
        <translation>Apri il tavolo territoriale %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap the place your comment is about</source>
        <translation>Toccare il luogo a cui si riferisce l&apos;osservazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the area your comment is about</source>
        <translation>Disegnare l&apos;area a cui si riferisce l&apos;osservazione</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New feature</source>
        <translation>Nuovo elemento</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+10"/>
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
        <location filename="../../qml/map/MapView.qml" line="+182"/>
        <source>Basemap: %1</source>
        <translation>Mappa di base: %1</translation>
    </message>
</context>
<context>
    <name>MappingRow</name>
    <message>
        <location filename="../../qml/files/MappingRow.qml" line="+14"/>
        <source>— nothing —</source>
        <translation>— nessuna —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same value for every row…</source>
        <translation>Stesso valore per tutte le righe…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>matched by name</source>
        <translation>abbinato per nome</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Source of the field %1</source>
        <translation>Origine del campo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same value of %1 for every row</source>
        <translation>Stesso valore di %1 per tutte le righe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: every row will be rejected</source>
        <translation>vuoto: tutte le righe saranno scartate</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../app/core/moderation.cpp" line="+81"/>
        <source>a place on the map</source>
        <translation>un luogo sulla mappa</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This layer is not moderated.</source>
        <translation>Questo livello non è moderato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown moderation state &apos;%1&apos;.</source>
        <translation>Stato di moderazione sconosciuto &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why it is hidden: its author reads the reason.</source>
        <translation>Indicare perché viene nascosto: l&apos;autore legge il motivo.</translation>
    </message>
</context>
<context>
    <name>ModerationEntry</name>
    <message>
        <location filename="../../qml/moderation/ModerationEntry.qml" line="+32"/>
        <source>participant %1</source>
        <translation>partecipante %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision taken here, not yet on the SIT</source>
        <translation>Decisione presa qui, non ancora sul SIT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish: %1</source>
        <translation>Pubblica: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw: %1</source>
        <translation>Ritira: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide: %1</source>
        <translation>Nascondi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the queue</source>
        <translation>Rimetti in attesa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back in the queue: %1</source>
        <translation>Rimetti in attesa: %1</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../qml/moderation/ModerationPage.qml" line="+26"/>
        <source>Moderation</source>
        <translation>Moderazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to participation</source>
        <translation>Torna alla partecipazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting (%1)</source>
        <translation>In attesa (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Pubblicati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hidden</source>
        <translation>Nascosti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing waits for a decision.</source>
        <translation>Nessun contributo attende una decisione.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing here.</source>
        <translation>Nessun elemento.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No decision taken on this tablet yet.</source>
        <translation>Nessuna decisione presa finora su questo tablet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide this entry</source>
        <translation>Nascondere questo contributo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its author reads the reason on their tablet. Say why it is not published (for example: offensive, off topic, personal data of others).</source>
        <translation>L&apos;autore legge il motivo sul proprio tablet. Indicare perché non viene pubblicato (ad esempio: offensivo, fuori tema, dati personali di altri).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for hiding</source>
        <translation>Motivo per nasconderlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide it with this reason</source>
        <translation>Nascondilo con questo motivo</translation>
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
        <translation>%1 (non più tra le scelte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2, no longer a choice; untick to remove it</source>
        <translation>%1: %2, non più tra le scelte; togliere la spunta per rimuoverlo</translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message numerus="yes">
        <location filename="../../qml/forms/editors/MultilineEditor.qml" line="+16"/>
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
        <location filename="../../qml/capture/NewFeatureMenu.qml" line="+48"/>
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
    <name>NoticeBanner</name>
    <message>
        <location filename="../../qml/common/NoticeBanner.qml" line="+40"/>
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
    <name>NumberEditor</name>
    <message>
        <location filename="../../qml/forms/editors/NumberEditor.qml" line="+17"/>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/common/PageHeader.qml" line="+10"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <location filename="../../app/core/comments.cpp" line="+66"/>
        <source>This project does not take comments.</source>
        <translation>Questo progetto non raccoglie osservazioni.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The comment being answered is not on this device.</source>
        <translation>L&apos;osservazione a cui si risponde non è su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/core/drafts.cpp" line="+221"/>
        <source>This draft is not on this device.</source>
        <translation>Questa bozza non è su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments on this draft open on %1.</source>
        <translation>Le osservazioni su questa bozza si aprono il %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The comment window of this draft closed on %1.</source>
        <translation>Il periodo per le osservazioni su questa bozza si è chiuso il %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This draft does not take comments.</source>
        <translation>Questa bozza non accetta osservazioni.</translation>
    </message>
    <message>
        <location filename="../../app/core/tablesessions.cpp" line="+81"/>
        <source>The territorial table &quot;%1&quot; is closed: what was written there can no longer be changed.</source>
        <translation>Il tavolo territoriale &quot;%1&quot; è chiuso: quanto vi è stato scritto non può più essere modificato.</translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>%n participants, %1 entries</source>
        <translation>
            <numerusform>%n partecipante, %1 interventi</numerusform>
            <numerusform>%n partecipanti, %1 interventi</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Say where the table meets: a comune or a zona omogenea.</source>
        <translation>Indicare dove si riunisce il tavolo: un comune o una zona omogenea.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Taking part needs the participant&apos;s consent to the privacy notice.</source>
        <translation>Per partecipare serve il consenso del partecipante all&apos;informativa sulla privacy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+83"/>
        <source>The territorial table is not on this device.</source>
        <translation>Il tavolo territoriale non è su questo dispositivo.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The territorial table is closed.</source>
        <translation>Il tavolo territoriale è chiuso.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no participant %1 at this table.</source>
        <translation>A questo tavolo non c&apos;è il partecipante %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project does not say which data of a participant are personal.</source>
        <translation>Il progetto non indica quali dati di un partecipante sono personali.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contribution</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme or paragraph</source>
        <translation>Tema o paragrafo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderation</source>
        <translation>Moderazione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Territorial table</source>
        <translation>Tavolo territoriale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facilitator: %1</source>
        <translation>Facilitatore: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No personal data: participants are counted, not named.</source>
        <translation>Nessun dato personale: i partecipanti sono contati, non nominati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territorial table: %1</source>
        <translation>Tavolo territoriale: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../qml/participation/ParticipationPage.qml" line="+19"/>
        <source>Participation in the PTM</source>
        <translation>Partecipazione al PTM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No territorial table on this tablet</source>
        <translation>Nessun tavolo territoriale su questo tablet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open one to let several people write here, each under their own code.</source>
        <translation>Aprirne uno per far scrivere qui più persone, ciascuna con il proprio codice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing now: %1</source>
        <translation>Sta scrivendo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody chosen to write yet</source>
        <translation>Nessuno è stato ancora scelto per scrivere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: its entries are locked</source>
        <translation>Chiuso: i suoi interventi sono bloccati</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage the table</source>
        <translation>Gestisci il tavolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a table</source>
        <translation>Apri un tavolo</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Moderation: %n entries wait for a decision</source>
        <translation>
            <numerusform>Moderazione: %n contributo attende una decisione</numerusform>
            <numerusform>Moderazione: %n contributi attendono una decisione</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moderate</source>
        <translation>Modera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the moderators&apos; page</source>
        <translation>Apri la pagina dei moderatori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts of the STTM strategies</source>
        <translation>Bozze delle strategie STTM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the drafts (e.g. rete verde, logistica)</source>
        <translation>Cerca nelle bozze (es. rete verde, logistica)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the drafts</source>
        <translation>Cerca nelle bozze</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No paragraph contains these words.</source>
        <translation>Nessun paragrafo contiene queste parole.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Version %1 · %n paragraphs</source>
        <translation>
            <numerusform>Versione %1 · %n paragrafo</numerusform>
            <numerusform>Versione %1 · %n paragrafi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No drafts on this tablet yet: they come from the SIT with the next sync.</source>
        <translation>Ancora nessuna bozza su questo tablet: arriveranno dal SIT con la prossima sincronizzazione.</translation>
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
    <name>PreviewCard</name>
    <message>
        <location filename="../../qml/files/PreviewCard.qml" line="+22"/>
        <source>Row %1</source>
        <translation>Riga %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../app/store/project.cpp" line="+64"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/projectregistry.cpp" line="+48"/>
        <location filename="../../app/store/project.cpp" line="+3"/>
        <source>%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.</source>
        <translation>%1 non è un GeoPackage: il file è danneggiato o di un altro tipo. Non è stato modificato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/store/project.cpp" line="+5"/>
        <source>%1 is an SQLite database but not a GeoPackage. It was not changed.</source>
        <translation>%1 è un database SQLite ma non un GeoPackage. Non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../app/store/project.cpp" line="+170"/>
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
        <location line="+41"/>
        <source>Cannot move the new store into place in %1</source>
        <translation>Impossibile spostare il nuovo archivio nella posizione definitiva in %1</translation>
    </message>
    <message>
        <location filename="../../app/core/projectregistry.cpp" line="+57"/>
        <location filename="../../app/store/project.cpp" line="+11"/>
        <source>There is no Territori project in %1 (project.gpkg is missing).</source>
        <translation>In %1 non c&apos;è un progetto Territori (manca il file project.gpkg).</translation>
    </message>
    <message>
        <location filename="../../app/store/project.cpp" line="+10"/>
        <source>The project store is damaged (%1). It was not changed: restore it from a backup or copy the project again.</source>
        <translation>L&apos;archivio del progetto è danneggiato (%1) e non è stato modificato: ripristinarlo da una copia di sicurezza o copiare di nuovo il progetto.</translation>
    </message>
    <message>
        <location filename="../../app/core/projectregistry.cpp" line="-51"/>
        <location filename="../../app/store/project.cpp" line="+7"/>
        <source>This GeoPackage was not made by Territori. It was not changed; use Import to bring its layers into a project.</source>
        <translation>Questo GeoPackage non è stato creato con Territori e non è stato modificato. Per portarne i livelli in un progetto, usare Importa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/store/project.cpp" line="+4"/>
        <source>This project was saved by a newer version of Territori (store version %1; this version reads up to %2). Update the app; the file was not changed.</source>
        <translation>Questo progetto è stato salvato con una versione più recente di Territori (versione dell&apos;archivio %1; questa versione legge fino alla %2). Aggiornare l&apos;app; il file non è stato modificato.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../app/store/project.cpp" line="+36"/>
        <source>The project store cannot be read (%1). It was not changed.</source>
        <translation>Impossibile leggere l&apos;archivio del progetto (%1). Non è stato modificato.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location filename="../../app/store/project.cpp" line="+12"/>
        <source>The project store has no project description.</source>
        <translation>L&apos;archivio del progetto non contiene la descrizione del progetto.</translation>
    </message>
    <message>
        <location filename="../../app/store/project.cpp" line="+5"/>
        <source>The project description in the store is unreadable: %1</source>
        <translation>La descrizione del progetto nell&apos;archivio è illeggibile: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The definition of layer &apos;%1&apos; is unreadable.</source>
        <translation>La definizione del livello &apos;%1&apos; è illeggibile.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The project&apos;s work area (%1) has no readable boundary.</source>
        <translation>L&apos;area di lavoro del progetto (%1) non ha un confine leggibile.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../qml/projects/ProjectsPage.qml" line="+22"/>
        <source>%1 as %2</source>
        <translation>%1 come %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIT account</source>
        <translation>Account del SIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+160"/>
        <location line="+46"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>SIT address, user and password</source>
        <translation>Indirizzo del SIT, utente e password</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>On this device</source>
        <translation>Su questo dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No project on this device yet.</source>
        <translation>Ancora nessun progetto su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The offline demo project</source>
        <translation>Il progetto dimostrativo offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample surveys and drafts of the PTM, to try Territori without a SIT. Its features are samples, not official data.</source>
        <translation>Rilievi e bozze di esempio del PTM, per provare Territori senza un SIT. I suoi elementi sono dati di esempio, non dati ufficiali.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install the demo</source>
        <translation>Installa la demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the offline demo project and open it</source>
        <translation>Installa il progetto dimostrativo offline e aprilo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On the SIT</source>
        <translation>Sul SIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the SIT&apos;s catalogue</source>
        <translation>Lettura del catalogo del SIT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the SIT&apos;s catalogue again</source>
        <translation>Rileggi il catalogo del SIT</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in with your SIT account to see the projects of the Città metropolitana you may download, for a comune, a zona omogenea or the whole territory.</source>
        <translation>Accedere con il proprio account del SIT per vedere i progetti della Città metropolitana che si possono scaricare, per un comune, una zona omogenea o tutto il territorio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to the SIT</source>
        <translation>Accedi al SIT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This SIT keeps no catalogue of projects: ask the GIS office.</source>
        <translation>Questo SIT non ha un catalogo dei progetti: rivolgersi all&apos;ufficio GIS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SIT has no project for your account.</source>
        <translation>Il SIT non ha progetti per questo account.</translation>
    </message>
</context>
<context>
    <name>RemoveProjectDialog</name>
    <message>
        <location filename="../../qml/projects/RemoveProjectDialog.qml" line="+25"/>
        <source>Remove “%1”</source>
        <translation>Rimuovi «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” has changes to %n features that are not on the SIT yet. Removing the project deletes them from this device for good.</source>
        <translation>
            <numerusform>«%1» ha modifiche a %n elemento che non sono ancora sul SIT. Rimuovendo il progetto vengono cancellate da questo dispositivo per sempre.</numerusform>
            <numerusform>«%1» ha modifiche a %n elementi che non sono ancora sul SIT. Rimuovendo il progetto vengono cancellate da questo dispositivo per sempre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the project and export them first, or let the sync send them, then remove it.</source>
        <translation>Prima aprire il progetto ed esportarle, oppure lasciare che la sincronizzazione le invii, poi rimuoverlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this device? Its features, photos and maps here are deleted; what was sent to the SIT stays there.</source>
        <translation>Rimuovere «%1» da questo dispositivo? I suoi elementi, le foto e le mappe presenti qui vengono cancellati; quanto inviato al SIT resta lì.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>I understand: the %n unsent changes are lost</source>
        <translation>
            <numerusform>Ho capito: %n modifica non inviata va persa</numerusform>
            <numerusform>Ho capito: le %n modifiche non inviate vanno perse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open and export</source>
        <translation>Apri ed esporta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open %1 and export its layers</source>
        <translation>Apri %1 ed esportane i livelli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove anyway</source>
        <translation>Rimuovi comunque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1 and lose its unsent changes</source>
        <translation>Rimuovi %1 e perdi le sue modifiche non inviate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device</source>
        <translation>Rimuovi %1 da questo dispositivo</translation>
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
        <location line="+3"/>
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
    <name>Store</name>
    <message>
        <location filename="../../app/store/spatialindex.cpp" line="+143"/>
        <source>The spatial index %1 has no valid root node.</source>
        <translation>L&apos;indice spaziale %1 non ha un nodo radice valido.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/ui/conflictlistmodel.cpp" line="+51"/>
        <source>Changed here, deleted on the SIT</source>
        <translation>Modificato qui, eliminato sul SIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted here, changed on the SIT</source>
        <translation>Eliminato qui, modificato sul SIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here and on the SIT</source>
        <translation>Modificato qui e sul SIT</translation>
    </message>
    <message>
        <location filename="../../app/ui/synccontroller.cpp" line="+32"/>
        <source>Yes</source>
        <translation>Sì</translation>
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
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/credentialstore.cpp" line="+18"/>
        <source>No password is saved for this user yet.</source>
        <translation>Per questo utente non è ancora stata salvata alcuna password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device has no keychain: the password is kept only until Territori is closed.</source>
        <translation>Questo dispositivo non ha un portachiavi: la password è conservata solo fino alla chiusura di Territori.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access: the password is kept only until Territori is closed.</source>
        <translation>Il portachiavi ha negato l&apos;accesso: la password è conservata solo fino alla chiusura di Territori.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed (%1).</source>
        <translation>Errore del portachiavi (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/curltransport.cpp" line="+149"/>
        <source>The server sent part %1 of the file; this device has %2 bytes of it.</source>
        <translation>Il server ha inviato la parte %1 del file; su questo dispositivo ce ne sono %2 byte.</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
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
        <translation>Operazione annullata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply from %1 is larger than %2 MB: refused.</source>
        <translation>La risposta di %1 supera i %2 MB ed è stata rifiutata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity of %1 cannot be verified (%2). The connection was refused; ask for the server&apos;s certificate authority.</source>
        <translation>Impossibile verificare l&apos;identità di %1 (%2). La connessione è stata rifiutata; richiedere l&apos;autorità di certificazione del server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address is not valid: %1</source>
        <translation>L&apos;indirizzo del server non è valido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 non ha risposto in tempo (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach %1 (%2).</source>
        <translation>Impossibile raggiungere %1 (%2).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The server %1 does not use HTTPS: the password was not sent. Use an https:// address.</source>
        <translation>Il server %1 non usa HTTPS: la password non è stata inviata. Usare un indirizzo https://.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/http.cpp" line="+13"/>
        <source>The SIT refuses requests from this device for a while (HTTP 429: too many failed sign-ins or requests): try again in %n minute(s).</source>
        <translation>
            <numerusform>Il SIT rifiuta per un po&apos; le richieste da questo dispositivo (HTTP 429: troppi accessi falliti o richieste): riprovare tra %n minuto.</numerusform>
            <numerusform>Il SIT rifiuta per un po&apos; le richieste da questo dispositivo (HTTP 429: troppi accessi falliti o richieste): riprovare tra %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered HTTP %1.</source>
        <translation>Il server ha risposto con il codice HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered HTTP %1: %2</source>
        <translation>Il server ha risposto con il codice HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine.cpp" line="+93"/>
        <source>Connecting to the SIT</source>
        <translation>Connessione al SIT</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project could not be written: %1. What was confirmed so far is kept.</source>
        <translation>Impossibile scrivere nel progetto: %1. Quanto già confermato è conservato.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The project &apos;%1&apos; is no longer in the SIT&apos;s catalogue for your account: it keeps its definition; ask the GIS office.</source>
        <translation>Il progetto &apos;%1&apos; non è più nel catalogo del SIT per questo account: mantiene la sua definizione; rivolgersi all&apos;ufficio GIS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiving the project&apos;s new definition</source>
        <translation>Ricezione della nuova definizione del progetto</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The project&apos;s definition changed (version %1): %n change(s) not yet sent wait for you to check them on the sync page.</source>
        <translation>
            <numerusform>La definizione del progetto è cambiata (versione %1): %n modifica non ancora inviata va controllata nella pagina della sincronizzazione.</numerusform>
            <numerusform>La definizione del progetto è cambiata (versione %1): %n modifiche non ancora inviate vanno controllate nella pagina della sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project no longer has the layer(s) %1, whose edits here were not sent: export them from the sync page.</source>
        <translation>Il progetto non ha più i livelli %1, le cui modifiche fatte qui non sono state inviate: esportarli dalla pagina della sincronizzazione.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The layer &apos;%1&apos; is not published on the SIT: its edits stay on this device.</source>
        <translation>Il livello &apos;%1&apos; non è pubblicato sul SIT: le sue modifiche restano su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SIT does not publish territori_tombstones: it is not set up for sync (see docs/sit.md).</source>
        <translation>Il SIT non pubblica territori_tombstones: non è configurato per la sincronizzazione (vedere docs/sit.md).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The layer &apos;%1&apos; on the SIT lacks the sync columns %2: it is not synced.</source>
        <translation>Al livello &apos;%1&apos; sul SIT mancano le colonne di sincronizzazione %2: il livello non viene sincronizzato.</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_push.cpp" line="+60"/>
        <source>The photo %1 cannot be read on this device: %2</source>
        <translation>Impossibile leggere la foto %1 su questo dispositivo: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo %1 on this device is damaged (its content no longer matches its fingerprint); the feature was not sent.</source>
        <translation>La foto %1 su questo dispositivo è danneggiata (il contenuto non corrisponde più alla sua impronta); l&apos;elemento non è stato inviato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The photo %1 is neither on this device nor on the SIT; the feature was not sent.</source>
        <translation>La foto %1 non è né su questo dispositivo né sul SIT; l&apos;elemento non è stato inviato.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The SIT holds another file under the name of the photo %1; the feature was not sent. Ask the SIT&apos;s administrator to look at it.</source>
        <translation>Il SIT conserva un altro file con il nome della foto %1; l&apos;elemento non è stato inviato. Chiedere all&apos;amministratore del SIT di verificarlo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The photo %1 arrived damaged at the SIT; it will be sent again.</source>
        <translation>La foto %1 è arrivata danneggiata al SIT; sarà inviata di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 (%2 MB) is larger than the SIT accepts; the feature was not sent. Take it again at a lower resolution.</source>
        <translation>La foto %1 (%2 MB) è più grande di quanto il SIT accetta; l&apos;elemento non è stato inviato. Scattarla di nuovo a una risoluzione più bassa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SIT&apos;s space for your account&apos;s photos is full; the feature was not sent. Ask the SIT&apos;s administrator.</source>
        <translation>Lo spazio del SIT per le foto del suo account è pieno; l&apos;elemento non è stato inviato. Rivolgersi all&apos;amministratore del SIT.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The SIT&apos;s layer &apos;%1&apos; has no field %2: the feature was not sent, so that nothing is lost. Ask for the field to be added to the SIT.</source>
        <translation>Il livello &apos;%1&apos; del SIT non ha il campo %2: l&apos;elemento non è stato inviato, perché nulla vada perso. Chiedere di aggiungere il campo al SIT.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The SIT&apos;s layer &apos;%1&apos; has no field %2: the change was not sent, so that nothing is lost. Ask for the field to be added to the SIT.</source>
        <translation>Il livello &apos;%1&apos; del SIT non ha il campo %2: la modifica non è stata inviata, perché nulla vada perso. Chiedere di aggiungere il campo al SIT.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Sending %n edits</source>
        <translation>
            <numerusform>Invio di %n modifica</numerusform>
            <numerusform>Invio di %n modifiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An edit of %1 could not be confirmed after several tries; it will be sent again at the next sync.</source>
        <translation>Una modifica nel livello %1 non è stata confermata dopo vari tentativi; sarà inviata di nuovo alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>An edit of %1 was not sent: %2</source>
        <translation>Una modifica di %1 non è stata inviata: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A feature of %1 stays on this device until it is fixed: %2</source>
        <translation>Un elemento di %1 resta su questo dispositivo finché non viene corretto: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The SIT refused the change: %1</source>
        <translation>Il SIT ha rifiutato la modifica: %1</translation>
    </message>
    <message>
        <location filename="../../app/store/editgateway_sync.cpp" line="-649"/>
        <source>holds bytes that are not UTF-8 text (byte 0x%1 at byte %2): type the value again</source>
        <translation>contiene byte che non sono testo UTF-8 (byte 0x%1 alla posizione %2): digitare di nuovo il valore</translation>
    </message>
    <message>
        <location line="+157"/>
        <location filename="../../sync/syncengine_push.cpp" line="-115"/>
        <source>The feature to send is no longer in the project.</source>
        <translation>L&apos;elemento da inviare non è più nel progetto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: holds binary data, not a value</source>
        <translation>%1: contiene dati binari, non un valore</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The geometry cannot be read (%1): draw it again or save it in QGIS as a GeoPackage geometry.</source>
        <translation>La geometria non è leggibile (%1): ridisegnarla o salvarla in QGIS come geometria GeoPackage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The geometry lies outside the project&apos;s territory (at %1, %2): was it saved in another coordinate system?</source>
        <translation>La geometria è fuori dal territorio del progetto (a %1, %2): è stata salvata in un altro sistema di coordinate?</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_push.cpp" line="+136"/>
        <source>Sending edits</source>
        <translation>Invio delle modifiche</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_pull.cpp" line="+34"/>
        <source>The SIT&apos;s sync kit is older than this app (it publishes no feed watermark): changes are read one page at a time, more slowly. Ask for the kit to be updated (docs/sit.md).</source>
        <translation>Il kit di sincronizzazione del SIT è più vecchio di questa app (non pubblica il limite dei commit): le modifiche vengono lette una pagina alla volta, più lentamente. Chiedere di aggiornare il kit (docs/sit.md).</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Receiving %1</source>
        <translation>Ricezione di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving deletions</source>
        <translation>Ricezione delle eliminazioni</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The basemap &apos;%1&apos; names no usable package on the SIT.</source>
        <translation>La mappa di base &apos;%1&apos; non indica alcun pacchetto utilizzabile sul SIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Receiving the basemap %1</source>
        <translation>Ricezione della mappa di base %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The photo %1 from the SIT does not match its fingerprint: it was not kept.</source>
        <translation>La foto %1 ricevuta dal SIT non corrisponde alla sua impronta: non è stata conservata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The photo %1 could not be saved on this device: %2</source>
        <translation>Impossibile salvare la foto %1 su questo dispositivo: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries you could see were withdrawn by the moderators and were removed from this device.</source>
        <translation>
            <numerusform>%n contributo visibile è stato ritirato dai moderatori ed è stato tolto da questo dispositivo.</numerusform>
            <numerusform>%n contributi visibili sono stati ritirati dai moderatori e sono stati tolti da questo dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) of the SIT could not be taken on this device and were set aside (%1); they are tried again at every sync.</source>
        <translation>
            <numerusform>%n elemento del SIT non è stato ricevuto su questo dispositivo ed è stato messo da parte (%1); si riprova a ogni sincronizzazione.</numerusform>
            <numerusform>%n elementi del SIT non sono stati ricevuti su questo dispositivo e sono stati messi da parte (%1); si riprova a ogni sincronizzazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) named by features here are not on this device yet; they are fetched again at the next sync.</source>
        <translation>
            <numerusform>%n foto citata dagli elementi non è ancora su questo dispositivo; sarà scaricata alla prossima sincronizzazione.</numerusform>
            <numerusform>%n foto citate dagli elementi non sono ancora su questo dispositivo; saranno scaricate alla prossima sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_push.cpp" line="+120"/>
        <source>The feature is not on the SIT any more and the SIT gave no reason.</source>
        <translation>L&apos;elemento non è più sul SIT e il SIT non ha indicato il motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SIT refused the feature: %1</source>
        <translation>Il SIT ha rifiutato l&apos;elemento: %1</translation>
    </message>
    <message>
        <location filename="../../sync/wfs.cpp" line="+109"/>
        <source>The server refused the request: %1</source>
        <translation>Il server ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a web page instead of %1 (is the address that of the SIT&apos;s WFS service?).</source>
        <translation>Il server ha inviato una pagina web invece di %1 (l&apos;indirizzo è quello del servizio WFS del SIT?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an empty reply instead of %1.</source>
        <translation>Il server ha inviato una risposta vuota invece di %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent something other than %1.</source>
        <translation>Il server ha inviato qualcosa di diverso da %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent something other than %1 (%2).</source>
        <translation>Il server ha inviato qualcosa di diverso da %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/store/layerdef.cpp" line="+670"/>
        <source>holds the control character U+%1 at character %2, which XML cannot carry: remove it</source>
        <translation>contiene il carattere di controllo U+%1 alla posizione %2, che XML non può trasportare: toglierlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds %1 (U+%2) at character %3, which the SIT&apos;s WFS (QGIS Server 3.22) stores as another character: remove it</source>
        <translation>contiene %1 (U+%2) alla posizione %3, che il WFS del SIT (QGIS Server 3.22) salva come un altro carattere: toglierlo</translation>
    </message>
    <message>
        <location filename="../../sync/syncengine_verify.cpp" line="+61"/>
        <source>Comparing the layers with the SIT</source>
        <translation>Confronto dei livelli con il SIT</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The comparison with the SIT found %n feature(s) that differed on this device; they were fetched again.</source>
        <translation>
            <numerusform>Il confronto con il SIT ha trovato %n elemento diverso su questo dispositivo; è stato scaricato di nuovo.</numerusform>
            <numerusform>Il confronto con il SIT ha trovato %n elementi diversi su questo dispositivo; sono stati scaricati di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) on this device are on the SIT neither as features nor as deletions (%1): they were kept here; ask the SIT&apos;s administrator.</source>
        <translation>
            <numerusform>%n elemento di questo dispositivo non è sul SIT né come elemento né come cancellazione (%1): è stato tenuto qui; rivolgersi all&apos;amministratore del SIT.</numerusform>
            <numerusform>%n elementi di questo dispositivo non sono sul SIT né come elementi né come cancellazioni (%1): sono stati tenuti qui; rivolgersi all&apos;amministratore del SIT.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/sitclient.cpp" line="-616"/>
        <source>The SIT did not accept the user name and password (HTTP 401).</source>
        <translation>Il SIT non ha accettato nome utente e password (HTTP 401).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role on the SIT may not do this (HTTP 403).</source>
        <translation>Il ruolo assegnato sul SIT non consente questa operazione (HTTP 403).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on the SIT may not do this: %1</source>
        <translation>Il ruolo assegnato sul SIT non consente questa operazione: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>The SIT refused the request: %1</source>
        <translation>Il SIT ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The SIT sent the changes of %1 out of revision order; nothing of them was kept (its WFS must honour SortBy).</source>
        <translation>Il SIT ha inviato le modifiche di %1 fuori dall&apos;ordine di revisione; non ne è stata conservata nessuna (il suo WFS deve rispettare SortBy).</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>The photo %1 is not on the SIT.</source>
        <translation>La foto %1 non è sul SIT.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+21"/>
        <source>the catalogue of projects</source>
        <translation>il catalogo dei progetti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SIT sent the project &apos;%1&apos; without its definition.</source>
        <translation>Il SIT ha inviato il progetto &apos;%1&apos; senza la sua definizione.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The SIT sent the work area &apos;%1&apos; without its boundary.</source>
        <translation>Il SIT ha inviato l&apos;area di lavoro &apos;%1&apos; senza il suo confine.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The file %1 on the SIT is not the one expected; it is fetched again.</source>
        <translation>Il file %1 sul SIT non è quello atteso; viene scaricato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../sync/wfs.cpp" line="+150"/>
        <source>a WFS transaction response</source>
        <translation>una risposta a una transazione WFS</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s reply is cut off or malformed (%1, line %2).</source>
        <translation>La risposta del server è troncata o malformata (%1, riga %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a feature type description</source>
        <translation>una descrizione del tipo di elemento</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server&apos;s feature type description is cut off or malformed (%1).</source>
        <translation>La descrizione del tipo di elemento inviata dal server è troncata o malformata (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/sitclient.cpp" line="-392"/>
        <location line="+37"/>
        <location filename="../../sync/wfs.cpp" line="+33"/>
        <location line="+180"/>
        <source>GeoJSON features</source>
        <translation>elementi GeoJSON</translation>
    </message>
    <message>
        <location filename="../../sync/wfs.cpp" line="-179"/>
        <location line="+180"/>
        <source>The server&apos;s list of features is cut off or malformed (%1 at byte %2).</source>
        <translation>L&apos;elenco degli elementi inviato dal server è troncato o malformato (%1 al byte %2).</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+182"/>
        <source>The server&apos;s reply is JSON but not a GeoJSON FeatureCollection.</source>
        <translation>La risposta del server è in JSON ma non è una FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>A feature in the server&apos;s reply has no uuid or no revision: the SIT layer is not set up for sync (see docs/sit.md).</source>
        <translation>Un elemento nella risposta del server non ha uuid o revisione: il livello del SIT non è configurato per la sincronizzazione (vedere docs/sit.md).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2: %3 (left empty on this device)</source>
        <translation>%1 %2: %3 (lasciato vuoto su questo dispositivo)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The geometry of %1 %2 in the server&apos;s reply is unreadable: %3</source>
        <translation>La geometria di %1 %2 nella risposta del server è illeggibile: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a feature count</source>
        <translation>un conteggio degli elementi</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The SIT&apos;s feed watermark (territori_feed_state) is not one row with a revision.</source>
        <translation>Il limite dei commit del SIT (territori_feed_state) non è una riga con una revisione.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A row of the SIT&apos;s applied operations has no operation or revision.</source>
        <translation>Una riga delle operazioni applicate dal SIT non ha operazione o revisione.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A row of the SIT&apos;s layer digest has no bucket, count or digest.</source>
        <translation>Una riga del riepilogo del livello nel SIT non ha intervallo, conteggio o impronta.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A project of the SIT&apos;s catalogue has no id or version.</source>
        <translation>Un progetto del catalogo del SIT non ha identificativo o versione.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The definition of the project &apos;%1&apos; arrived damaged (it does not match its fingerprint).</source>
        <translation>La definizione del progetto &apos;%1&apos; è arrivata danneggiata (non corrisponde alla sua impronta).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The definition of the project &apos;%1&apos; on the SIT is not valid JSON: %2</source>
        <translation>La definizione del progetto &apos;%1&apos; sul SIT non è un JSON valido: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A work area of the SIT has no id or name.</source>
        <translation>Un&apos;area di lavoro del SIT non ha identificativo o nome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The boundary of the work area &apos;%1&apos; is not a polygon: %2</source>
        <translation>Il confine dell&apos;area di lavoro &apos;%1&apos; non è un poligono: %2</translation>
    </message>
    <message>
        <location filename="../../sync/packages.cpp" line="+73"/>
        <source>The basemap package %1 arrived damaged (it does not match its fingerprint); it is fetched again at the next sync.</source>
        <translation>Il pacchetto della mappa di base %1 è arrivato danneggiato (non corrisponde alla sua impronta); sarà scaricato di nuovo alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move the basemap package into place: %1</source>
        <translation>Impossibile mettere al suo posto il pacchetto della mappa di base: %1</translation>
    </message>
</context>
<context>
    <name>SyncAccountDialog</name>
    <message>
        <location filename="../../qml/sync/SyncAccountDialog.qml" line="+17"/>
        <source>SIT account</source>
        <translation>Account del SIT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SIT address (the WFS service of your role)</source>
        <translation>Indirizzo del SIT (il servizio WFS del proprio ruolo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SIT address</source>
        <translation>Indirizzo del SIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name on the SIT</source>
        <translation>Nome utente sul SIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password on the SIT</source>
        <translation>Password sul SIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in this device&apos;s keychain</source>
        <translation>Conserva la password nel portachiavi di questo dispositivo</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Connect and sync</source>
        <translation>Connetti e sincronizza</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/sync/SyncPage.qml" line="+30"/>
        <source>Back to the map</source>
        <translation>Torna alla mappa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with the SIT</source>
        <translation>Sincronizzazione con il SIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIT address, user and password</source>
        <translation>Indirizzo del SIT, utente e password</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The GIS office published version %1 of the project: it opens again on it when you go back to the map.</source>
        <translation>L&apos;ufficio GIS ha pubblicato la versione %1 del progetto: il progetto si riapre su di essa quando si torna alla mappa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it now</source>
        <translation>Riapri ora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the project again on its new definition now</source>
        <translation>Riapri ora il progetto con la sua nuova definizione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The SIT has a newer definition of this project that this device cannot apply. The project keeps working on the one it has; tell the GIS office:</source>
        <translation>Il SIT ha una definizione più recente di questo progetto che questo dispositivo non può applicare. Il progetto continua a funzionare con quella che ha; segnalarlo all&apos;ufficio GIS:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel the sync</source>
        <translation>Annulla la sincronizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now with the SIT</source>
        <translation>Sincronizza ora con il SIT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync automatically when edits wait and the network is there</source>
        <translation>Sincronizza automaticamente quando ci sono modifiche in attesa e la rete è disponibile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 as %2</source>
        <translation>%1 come %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Conflicts to resolve</source>
        <translation>Conflitti da risolvere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict on %1 in %2: %3</source>
        <translation>Conflitto su %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for you</source>
        <translation>Da sistemare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer %1 is no longer in the project: %2</source>
        <translation>Il livello %1 non è più nel progetto: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct %1 in %2: %3</source>
        <translation>Correggere %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 could not be taken: %3</source>
        <translation>%1 in %2 non è stato ricevuto: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A field of this change is no longer in the project; the change waits until you send it without that value:</source>
        <translation>Un campo di questa modifica non è più nel progetto; la modifica attende di essere inviata senza quel valore:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be sent as it is; it stays on this device until corrected:</source>
        <translation>Non si può inviare così com&apos;è; resta su questo dispositivo finché non viene corretto:</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Let the layer go</source>
        <translation>Rinuncia al livello</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>On the SIT, but this device could not take it (tried again at every sync):</source>
        <translation>È sul SIT, ma questo dispositivo non ha potuto riceverlo (nuovo tentativo a ogni sincronizzazione):</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Sync now: not available, no SIT account on this device</source>
        <translation>Sincronizza ora: non disponibile, nessun account del SIT su questo dispositivo</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync is not possible yet: this device has no SIT account. Enter the address, user and password the GIS office gave you.</source>
        <translation>La sincronizzazione non è ancora possibile: questo dispositivo non ha un account del SIT. Inserire l&apos;indirizzo, l&apos;utente e la password forniti dall&apos;ufficio GIS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the account</source>
        <translation>Inserisci l&apos;account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the SIT address, user and password</source>
        <translation>Inserisci indirizzo, utente e password del SIT</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Correct</source>
        <translation>Correggi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send without it</source>
        <translation>Invia senza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the change of %1 without the values of removed fields</source>
        <translation>Invia la modifica di %1 senza i valori dei campi tolti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the layer %1</source>
        <translation>Esporta il livello %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+110"/>
        <source>Let it go</source>
        <translation>Rinuncia</translation>
    </message>
    <message numerus="yes">
        <location line="-106"/>
        <source>The layer “%1” and the changes to %n of its features that were never sent leave this device for good. Export them first if they matter.</source>
        <translation>
            <numerusform>Il livello «%1» e le modifiche a %n suo elemento mai inviate lasciano questo dispositivo per sempre. Se sono importanti, esportarle prima.</numerusform>
            <numerusform>Il livello «%1» e le modifiche a %n suoi elementi mai inviate lasciano questo dispositivo per sempre. Se sono importanti, esportarle prima.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the layer %1 go, with its unsent changes</source>
        <translation>Rinuncia al livello %1 e alle sue modifiche non inviate</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photos of features on this device are not here yet: they are downloaded at the next sync.</source>
        <translation>
            <numerusform>%n foto di elementi di questo dispositivo non è ancora qui: sarà scaricata alla prossima sincronizzazione.</numerusform>
            <numerusform>%n foto di elementi di questo dispositivo non sono ancora qui: saranno scaricate alla prossima sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>Livelli</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>on the SIT</source>
        <translation>sul SIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not synced yet</source>
        <translation>non ancora sincronizzato</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n da inviare</numerusform>
            <numerusform>%n da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflitto</numerusform>
            <numerusform>%n in conflitto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutata</numerusform>
            <numerusform>%n rifiutate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SIT refused: %1</source>
        <translation>Il SIT ha rifiutato: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last full comparison with the SIT: %1</source>
        <translation>Ultimo confronto completo con il SIT: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes from the last sync</source>
        <translation>Note dell&apos;ultima sincronizzazione</translation>
    </message>
</context>
<context>
    <name>SyncStatusBanner</name>
    <message>
        <location filename="../../qml/sync/SyncStatusBanner.qml" line="+51"/>
        <source>Last complete sync: %1</source>
        <translation>Ultima sincronizzazione completa: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next try at %1</source>
        <translation>Prossimo tentativo alle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter user and password</source>
        <translation>Inserisci utente e password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send refused edits again</source>
        <translation>Invia di nuovo le modifiche rifiutate</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../qml/participation/TablePage.qml" line="+20"/>
        <source>Territorial table</source>
        <translation>Tavolo territoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a table</source>
        <translation>Apri un tavolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it meets: a comune, or a zona omogenea</source>
        <translation>Dove si riunisce: un comune o una zona omogenea</translation>
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
        <translation>Tema (es. la rete verde nel Nord Ovest)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic of the table</source>
        <translation>Tema del tavolo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Facilitator (office)</source>
        <translation>Facilitatore (ufficio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator</source>
        <translation>Facilitatore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the table</source>
        <translation>Apri il tavolo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open. Each participant writes under their own code and sees only their own entries.</source>
        <translation>Aperto. Ogni partecipante scrive con il proprio codice e vede solo i propri interventi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: the entries of this table are locked. They go to the SIT with the next sync.</source>
        <translation>Chiuso: gli interventi di questo tavolo sono bloccati. Saranno inviati al SIT con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each participant gets a code (like P-7K2M) instead of their name: comments are signed with the code. Choose who writes now; a name or an e-mail is kept only if they gave it, and can be erased.</source>
        <translation>Ogni partecipante riceve un codice (come P-7K2M) al posto del nome: le osservazioni sono firmate con il codice. Scegliere chi scrive ora; nome o e-mail sono conservati solo se li ha dati, e si possono cancellare.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 writes now</source>
        <translation>Ora scrive %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>joined at %1</source>
        <translation>partecipa dalle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>personal data erased</source>
        <translation>dati personali cancellati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name or e-mail kept</source>
        <translation>nome o e-mail conservati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no personal data</source>
        <translation>nessun dato personale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase their data</source>
        <translation>Cancella i suoi dati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the name and e-mail of %1</source>
        <translation>Cancella il nome e l&apos;e-mail di %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody has joined yet.</source>
        <translation>Ancora nessun partecipante.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New participant</source>
        <translation>Nuovo partecipante</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>End of the meeting</source>
        <translation>Fine dell&apos;incontro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When the meeting is over, close the table: what was written is locked and goes to the SIT.</source>
        <translation>Finito l&apos;incontro, chiudere il tavolo: quanto scritto viene bloccato e inviato al SIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the table</source>
        <translation>Chiudi il tavolo</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Minutes (PDF and CSV)</source>
        <translation>Verbale (PDF e CSV)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Date (day/month/year)</source>
        <translation>Data (giorno/mese/anno)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Minutes written:
%1</source>
        <translation>Verbale salvato:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the minutes of the table, without personal data</source>
        <translation>Redigi il verbale del tavolo, senza dati personali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave this table</source>
        <translation>Esci da questo tavolo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Close the table: the entries are locked</source>
        <translation>Chiudi il tavolo: gli interventi vengono bloccati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 can write now.</source>
        <translation>Ora può scrivere %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the table?</source>
        <translation>Chiudi il tavolo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the participants wrote is locked and can no longer be changed here.</source>
        <translation>Quanto scritto dai partecipanti viene bloccato e non potrà più essere modificato qui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase personal data?</source>
        <translation>Cancella i dati personali?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name and e-mail of %1 are erased on this tablet now and on the SIT with the next sync. What they wrote stays, under the code.</source>
        <translation>Il nome e l&apos;e-mail di %1 vengono cancellati subito su questo tablet e sul SIT con la prossima sincronizzazione. Quanto scritto resta, associato al codice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase</source>
        <translation>Cancella</translation>
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
        <location filename="../../app/store/layerdef.cpp" line="-186"/>
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
        <translation>Osservazione salvata; sarà inviata al SIT con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>The project cannot be opened</source>
        <translation>Impossibile aprire il progetto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Projects on this device</source>
        <translation>Progetti su questo dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the projects page: open another project, or download one</source>
        <translation>Apri la pagina dei progetti: apri un altro progetto o scaricane uno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A download is under way</source>
        <translation>C&apos;è un download in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing Territori now cancels the download of “%1”: what arrived so far is removed.</source>
        <translation>Chiudendo ora Territori si annulla il download di «%1»: quanto arrivato finora viene rimosso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and cancel it</source>
        <translation>Chiudi e annulla il download</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The GIS office published a new version of the project: it opens again on it once you are back on the map.</source>
        <translation>L&apos;ufficio GIS ha pubblicato una nuova versione del progetto: il progetto si riapre su di essa appena si torna alla mappa.</translation>
    </message>
</context>
<context>
    <name>territori::core::FormController</name>
    <message>
        <location filename="../../app/core/formcontroller.cpp" line="+152"/>
        <source>This form cannot be used with this version of the app: %1</source>
        <translation>Questa scheda non può essere usata con questa versione dell&apos;app: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The feature no longer exists.</source>
        <translation>L&apos;elemento non esiste più.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This feature was changed in another program and waits on this device: %1. Correct the values and save.</source>
        <translation>Questo elemento è stato modificato in un altro programma e attende su questo dispositivo: %1. Correggere i valori e salvare.</translation>
    </message>
    <message>
        <location line="+122"/>
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
        <location filename="../../app/core/photostore.cpp" line="+131"/>
        <source>Cannot read the photo %1: %2</source>
        <translation>Impossibile leggere la foto %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is too large (%2 MB; at most %3 MB).</source>
        <translation>La foto %1 è troppo grande (%2 MB; massimo %3 MB).</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+16"/>
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
        <location line="+1"/>
        <source>Undo: file import into %1</source>
        <translation>Annulla l&apos;importazione del file in %1</translation>
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
        <translation>CSV (geometria in WKT)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder %1 cannot be written: choose another one.</source>
        <translation>Non si può scrivere nella cartella %1: sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Esportazione annullata: non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>territori::ui::ImportController</name>
    <message>
        <location filename="../../app/ui/importcontroller.cpp" line="+27"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long text</source>
        <translation>testo lungo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole number</source>
        <translation>numero intero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date and time</source>
        <translation>data e ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no</source>
        <translation>sì/no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of a list</source>
        <translation>un valore da un elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several of a list</source>
        <translation>più valori da un elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>%1 is not a folder that can be opened.</source>
        <translation>%1 non è una cartella che si può aprire.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose the file to import first.</source>
        <translation>Scegliere prima il file da importare.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file is not ready to be checked: settle what the page asks first.</source>
        <translation>Il file non è pronto per il controllo: completare prima quanto richiesto nella pagina.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file must be checked completely before it is imported.</source>
        <translation>Il file va controllato per intero prima di importarlo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No folder can take the report: neither %1 nor the documents folder is writable.</source>
        <translation>Nessuna cartella può accogliere il rapporto: né %1 né la cartella dei documenti sono scrivibili.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check cancelled.</source>
        <translation>Controllo annullato.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
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
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden</source>
        <translation>Nascosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for moderation</source>
        <translation>In attesa di moderazione</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Published: it goes to the SIT with the next sync.</source>
        <translation>Pubblicato: sarà inviato al SIT con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden: it goes to the SIT with the next sync.</source>
        <translation>Nascosto: sarà inviato al SIT con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in the queue.</source>
        <translation>Di nuovo in attesa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on the SIT</source>
        <translation>sul SIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to send</source>
        <translation>da inviare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the SIT</source>
        <translation>rifiutata dal SIT</translation>
    </message>
</context>
<context>
    <name>territori::ui::ParticipationController</name>
    <message>
        <location filename="../../app/ui/participationcontroller.cpp" line="+259"/>
        <source>Comments open until %1</source>
        <translation>Osservazioni aperte fino al %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments open</source>
        <translation>Osservazioni aperte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This territorial table is closed: leave it to comment on your own.</source>
        <translation>Questo tavolo territoriale è chiuso: uscirne per scrivere osservazioni a titolo personale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who is writing: each participant at the table writes under their own code.</source>
        <translation>Scegliere chi sta scrivendo: ogni partecipante al tavolo scrive con il proprio codice.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The personal data of %1 were erased on this device; the erasure reaches the SIT with the next sync.</source>
        <translation>I dati personali di %1 sono stati cancellati su questo dispositivo; la cancellazione arriverà al SIT con la prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>territori::ui::ProjectsController</name>
    <message>
        <location filename="../../app/ui/projectscontroller.cpp" line="+134"/>
        <source>Connected for this session only.</source>
        <translation>Connesso solo per questa sessione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the SIT address (https://…) and your user name.</source>
        <translation>Indicare l&apos;indirizzo del SIT (https://…) e il proprio nome utente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the password in the keychain…</source>
        <translation>Salvataggio della password nel portachiavi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in this device&apos;s keychain.</source>
        <translation>La password è conservata nel portachiavi di questo dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept only until Territori is closed.</source>
        <translation>La password è conservata solo fino alla chiusura di Territori.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The SIT refused the user name or password: check them under Sign in.</source>
        <translation>Il SIT ha rifiutato il nome utente o la password: controllarli in Accedi.</translation>
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
        <translation>Altre aree</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>The whole territory</source>
        <translation>Tutto il territorio</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>All of it</source>
        <translation>Per intero</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&apos;%1&apos; is being downloaded: wait for it to finish or cancel it.</source>
        <translation>È in corso il download di &apos;%1&apos;: attendere che finisca oppure annullarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project cannot be downloaded</source>
        <translation>Il progetto non si può scaricare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; is not a project id.</source>
        <translation>&apos;%1&apos; non è un identificativo di progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first</source>
        <translation>Accesso necessario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to the SIT with your user name and password to download its projects.</source>
        <translation>Per scaricare i progetti del SIT, accedere con il proprio nome utente e la propria password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on this device</source>
        <translation>Già su questo dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; is on this device already.</source>
        <translation>&apos;%1&apos; è già su questo dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A newer version of Territori is needed</source>
        <translation>Serve una versione più recente di Territori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project &apos;%1&apos; is in definition format %2; this version of Territori reads format %3. Update the app to use it.</source>
        <translation>Il progetto &apos;%1&apos; ha una definizione nel formato %2; questa versione di Territori legge il formato %3. Per usarlo, aggiornare l&apos;app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the catalogue for your account</source>
        <translation>Non è nel catalogo per questo account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project &apos;%1&apos; is not in the SIT&apos;s catalogue for your account (%2).</source>
        <translation>Il progetto &apos;%1&apos; non è nel catalogo del SIT per l&apos;account %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n basemap packages could not be downloaded: the project works without them, and the next sync tries again.</source>
        <translation>
            <numerusform>Non è stato possibile scaricare %n pacchetto di mappe di base: il progetto funziona anche senza, e la prossima sincronizzazione riprova.</numerusform>
            <numerusform>Non è stato possibile scaricare %n pacchetti di mappe di base: il progetto funziona anche senza, e la prossima sincronizzazione riprova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&apos;%1&apos; is on this device: %n features.</source>
        <translation>
            <numerusform>&apos;%1&apos; è su questo dispositivo: %n elemento.</numerusform>
            <numerusform>&apos;%1&apos; è su questo dispositivo: %n elementi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No connection to the SIT</source>
        <translation>Nessuna connessione al SIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is full</source>
        <translation>Il dispositivo è pieno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>The SIT refused the user name or password</source>
        <translation>Il SIT ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The SIT&apos;s certificate is not trusted</source>
        <translation>Il certificato del SIT non è attendibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project could not be written on this device</source>
        <translation>Impossibile scrivere il progetto su questo dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SIT could not give the project</source>
        <translation>Il SIT non ha potuto fornire il progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download stopped</source>
        <translation>Il download si è fermato</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This download is under way: cancel it instead.</source>
        <translation>Questo download è in corso: annullarlo, invece.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interrupted download of &apos;%1&apos; could not be removed.</source>
        <translation>Impossibile rimuovere il download interrotto di &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+55"/>
        <source>There is no project &apos;%1&apos; on this device.</source>
        <translation>Su questo dispositivo non c&apos;è alcun progetto &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>This project is open. Open another one first, then remove this one.</source>
        <translation>Questo progetto è aperto. Aprirne prima un altro, poi rimuovere questo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project is being downloaded: cancel the download instead.</source>
        <translation>Questo progetto è in corso di download: annullare invece il download.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&apos;%1&apos; has changes to %n features not yet sent to the SIT: it was not removed.</source>
        <translation>
            <numerusform>&apos;%1&apos; ha modifiche a %n elemento non ancora inviate al SIT: non è stato rimosso.</numerusform>
            <numerusform>&apos;%1&apos; ha modifiche a %n elementi non ancora inviate al SIT: non è stato rimosso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; could not be removed: its folder %2 cannot be changed.</source>
        <translation>Impossibile rimuovere &apos;%1&apos;: la sua cartella %2 non si può modificare.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; was removed from this device.</source>
        <translation>&apos;%1&apos; è stato rimosso da questo dispositivo.</translation>
    </message>
</context>
<context>
    <name>territori::ui::SyncController</name>
    <message>
        <location filename="../../app/ui/synccontroller.cpp" line="+68"/>
        <source>Connected for this session only.</source>
        <translation>Connesso solo per questa sessione.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the SIT address (https://…) and your user name.</source>
        <translation>Indicare l&apos;indirizzo del SIT (https://…) e il proprio nome utente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the password in the keychain…</source>
        <translation>Salvataggio della password nel portachiavi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in this device&apos;s keychain.</source>
        <translation>La password è conservata nel portachiavi di questo dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept only until Territori is closed.</source>
        <translation>La password è conservata solo fino alla chiusura di Territori.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not connected to a SIT yet</source>
        <translation>Non ancora connesso a un SIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronising…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every edit is on the SIT</source>
        <translation>Tutte le modifiche sono sul SIT</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edits not yet on the SIT</source>
        <translation>
            <numerusform>%n modifica non ancora sul SIT</numerusform>
            <numerusform>%n modifiche non ancora sul SIT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n features to correct before they can go</source>
        <translation>
            <numerusform>%n elemento da correggere prima dell&apos;invio</numerusform>
            <numerusform>%n elementi da correggere prima dell&apos;invio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n features of the SIT could not be taken</source>
        <translation>
            <numerusform>%n elemento del SIT non ricevuto</numerusform>
            <numerusform>%n elementi del SIT non ricevuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos still to download</source>
        <translation>
            <numerusform>%n foto ancora da scaricare</numerusform>
            <numerusform>%n foto ancora da scaricare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflitto da risolvere</numerusform>
            <numerusform>%n conflitti da risolvere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edits refused by the SIT</source>
        <translation>
            <numerusform>%n modifica rifiutata dal SIT</numerusform>
            <numerusform>%n modifiche rifiutate dal SIT</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synchronised yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Give the SIT address and your user name first.</source>
        <translation>Indicare prima l&apos;indirizzo del SIT e il proprio nome utente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to the SIT</source>
        <translation>Connessione al SIT</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>The project no longer has this layer; %n features of it have changes not sent to the SIT.</source>
        <translation>
            <numerusform>Il progetto non ha più questo livello; %n suo elemento ha modifiche non inviate al SIT.</numerusform>
            <numerusform>Il progetto non ha più questo livello; %n suoi elementi hanno modifiche non inviate al SIT.</numerusform>
        </translation>
    </message>
</context>
</TS>
