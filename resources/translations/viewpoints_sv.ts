<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import files into the library</source>
        <translation>Importera filer till biblioteket</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importera &amp;mapp…</translation>
    </message>
    <message>
        <source>Import every supported file in a folder and its subfolders</source>
        <translation>Importera alla filer som stöds i en mapp och dess undermappar</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>&amp;Klistra in som nytt dokument</translation>
    </message>
    <message>
        <source>Add the text on the clipboard to the library</source>
        <translation>Lägg till texten i urklipp i biblioteket</translation>
    </message>
    <message>
        <source>&amp;Remove from Library</source>
        <translation>&amp;Ta bort från biblioteket</translation>
    </message>
    <message>
        <source>Remove the selected documents (Edit &gt; Undo brings them back)</source>
        <translation>Ta bort de markerade dokumenten (Redigera &gt; Ångra tar tillbaka dem)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation>Skriv ut jämförelsen</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <source>Preview the printed comparison</source>
        <translation>Förhandsgranska den utskrivna jämförelsen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export the comparison as PDF, HTML, PNG, CSV or JSON</source>
        <translation>Exportera jämförelsen som PDF, HTML, PNG, CSV eller JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit Viewpoints</source>
        <translation>Avsluta Viewpoints</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo the last removal or correction</source>
        <translation>Ångra den senaste borttagningen eller rättelsen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Gör om det som ångrades</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Find text in both documents</source>
        <translation>Sök text i båda dokumenten</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Gå till nästa träff</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Gå till föregående träff</translation>
    </message>
    <message>
        <source>Open &amp;Left</source>
        <translation>Öppna till &amp;vänster</translation>
    </message>
    <message>
        <source>Show the selected document in the left pane</source>
        <translation>Visa det markerade dokumentet i den vänstra rutan</translation>
    </message>
    <message>
        <source>Open &amp;Right</source>
        <translation>Öppna till &amp;höger</translation>
    </message>
    <message>
        <source>Show the selected document in the right pane</source>
        <translation>Visa det markerade dokumentet i den högra rutan</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Compare the two selected documents side by side</source>
        <translation>Jämför de två markerade dokumenten sida vid sida</translation>
    </message>
    <message>
        <source>&amp;Swap Panes</source>
        <translation>&amp;Byt plats på rutorna</translation>
    </message>
    <message>
        <source>Exchange the left and right documents</source>
        <translation>Byt plats på det vänstra och det högra dokumentet</translation>
    </message>
    <message>
        <source>Search &amp;Library</source>
        <translation>Sök i &amp;biblioteket</translation>
    </message>
    <message>
        <source>Search titles and texts of the library</source>
        <translation>Sök bland titlar och texter i biblioteket</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Nä&amp;sta del</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Flytta tangentbordsfokus till nästa del av fönstret</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Föregående &amp;del</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Flytta tangentbordsfokus till föregående del av fönstret</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation>S&amp;ynkroniserad rullning</translation>
    </message>
    <message>
        <source>Scroll both documents together</source>
        <translation>Rulla båda dokumenten samtidigt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Larger text in both panes</source>
        <translation>Större text i båda rutorna</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>Smaller text in both panes</source>
        <translation>Mindre text i båda rutorna</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Standardstorlek på texten</translation>
    </message>
    <message>
        <source>&amp;Link These Passages…</source>
        <translation>&amp;Länka dessa passager…</translation>
    </message>
    <message>
        <source>Link the text selected in the left pane to the text selected in the right one</source>
        <translation>Länka texten som är markerad i den vänstra rutan till texten som är markerad i den högra</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Ta bort länk</translation>
    </message>
    <message>
        <source>The selected link is wrong: remove it (Edit &gt; Undo brings it back)</source>
        <translation>Den markerade länken är fel: ta bort den (Redigera &gt; Ångra tar tillbaka den)</translation>
    </message>
    <message>
        <source>Mark as &amp;Agree (=)</source>
        <translation>Markera som &amp;överens (=)</translation>
    </message>
    <message>
        <source>The two passages agree</source>
        <translation>De två passagerna är överens</translation>
    </message>
    <message>
        <source>Mark as &amp;Disagree (≠)</source>
        <translation>Markera som &amp;oense (≠)</translation>
    </message>
    <message>
        <source>The two passages disagree</source>
        <translation>De två passagerna är oense</translation>
    </message>
    <message>
        <source>Mark as Related (~)</source>
        <translation>Markera som relaterade (~)</translation>
    </message>
    <message>
        <source>The two passages are about the same question, neither agreeing nor disagreeing</source>
        <translation>De två passagerna handlar om samma fråga, utan att vara vare sig överens eller oense</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papperskorgen…</translation>
    </message>
    <message>
        <source>Documents removed in the last 30 days: restore them or empty the trash</source>
        <translation>Dokument som tagits bort de senaste 30 dagarna: återställ dem eller töm papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>&amp;Rättelser…</translation>
    </message>
    <message>
        <source>Every correction you made: revert one, show hidden actors, reset a document to the automatic analysis</source>
        <translation>Alla rättelser du har gjort: ångra en, visa dolda aktörer, återställ ett dokument till den automatiska analysen</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>Redigera &amp;metadata…</translation>
    </message>
    <message>
        <source>Change the title, authors, outlet, date, genre or language of the document</source>
        <translation>Ändra dokumentets titel, författare, publikation, datum, genre eller språk</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>What the marks mean, the keys, and how corrections work</source>
        <translation>Vad markeringarna betyder, tangenterna och hur rättelser fungerar</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Vad är det här?</translation>
    </message>
    <message>
        <source>Click a mark or a control to have it explained</source>
        <translation>Klicka på en markering eller en kontroll för att få den förklarad</translation>
    </message>
    <message>
        <source>&amp;About Viewpoints</source>
        <translation>&amp;Om Viewpoints</translation>
    </message>
    <message>
        <source>What Viewpoints is and which version this is</source>
        <translation>Vad Viewpoints är och vilken version det här är</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version this build uses</source>
        <translation>Den Qt-version som det här bygget använder</translation>
    </message>
    <message>
        <source>The language of the menus and labels (from the next start)</source>
        <translation>Språket i menyer och etiketter (från nästa start)</translation>
    </message>
</context>
<context>
    <name>ActorAcrossDialog</name>
    <message>
        <source>%1 in All Documents</source>
        <translation>%1 i alla dokument</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>Söker i biblioteket…</translation>
    </message>
    <message>
        <source>Document / statement</source>
        <translation>Dokument / uttalande</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>Open &amp;Left</source>
        <translation>Öppna till &amp;vänster</translation>
    </message>
    <message>
        <source>Open &amp;Right</source>
        <translation>Öppna till &amp;höger</translation>
    </message>
    <message>
        <source>Finding the actor in every document</source>
        <translation>Letar efter aktören i alla dokument</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n påstående</numerusform>
            <numerusform>%n påståenden</numerusform>
        </translation>
    </message>
    <message>
        <source>quote (%1)</source>
        <translation>citat (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n uttalande</numerusform>
            <numerusform>%n uttalanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>i %n dokument.</numerusform>
            <numerusform>i %n dokument.</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes or claims of %1 in the analysed documents.</source>
        <translation>Inga citat eller påståenden av %1 i de analyserade dokumenten.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not analysed yet were not searched (open them to analyse them).</source>
        <translation>
            <numerusform>%n dokument som inte analyserats än genomsöktes inte (öppna det för att analysera det).</numerusform>
            <numerusform>%n dokument som inte analyserats än genomsöktes inte (öppna dem för att analysera dem).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorModel</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Unnamed sources</source>
        <translation>Icke namngivna källor</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervjuaren</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>inget dokument</translation>
    </message>
    <message>
        <source>Mentions in the left document: {title}</source>
        <translation>Omnämnanden i det vänstra dokumentet: {title}</translation>
    </message>
    <message>
        <source>Mentions in the right document: {title}</source>
        <translation>Omnämnanden i det högra dokumentet: {title}</translation>
    </message>
    <message>
        <source>party: {party}</source>
        <translation>parti: {party}</translation>
    </message>
    <message>
        <source>left: {mentions} mentions, {quotes} quotes</source>
        <translation>vänster: {mentions} omnämnanden, {quotes} citat</translation>
    </message>
    <message>
        <source>right: {mentions} mentions, {quotes} quotes</source>
        <translation>höger: {mentions} omnämnanden, {quotes} citat</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to go to the next quote; right-click to rename, merge or hide.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicka för att gå till nästa citat; högerklicka för att byta namn, slå ihop eller dölja.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>Analysing document {id}</source>
        <translation>Analyserar dokument {id}</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Analysing “{title}”…</source>
        <translation>Analyserar ”{title}”…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library is damaged.</source>
        <translation>Biblioteket är skadat.</translation>
    </message>
    <message>
        <source>Repair saves what can still be read into a new library (the damaged file is kept). Open a backup puts the newest automatic backup in its place.</source>
        <translation>Reparera sparar det som fortfarande går att läsa i ett nytt bibliotek (den skadade filen behålls). Öppna en säkerhetskopia sätter den senaste automatiska säkerhetskopian i dess ställe.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparera</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Öppna en säkerhetskopia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>There is no backup yet</source>
        <translation>Det finns ingen säkerhetskopia än</translation>
    </message>
    <message>
        <source>The library was repaired.</source>
        <translation>Biblioteket har reparerats.</translation>
    </message>
    <message>
        <source>The backup is in place.</source>
        <translation>Säkerhetskopian är på plats.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Analysing in the background…</source>
        <translation>Analyserar i bakgrunden…</translation>
    </message>
    <message>
        <source>Analysis failed: {reason}</source>
        <translation>Analysen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Färg för {name}</translation>
    </message>
</context>
<context>
    <name>CorrectionService</name>
    <message>
        <source>Revert correction</source>
        <translation>Ångra rättelse</translation>
    </message>
    <message>
        <source>Revert {n} corrections</source>
        <translation>Ångra {n} rättelser</translation>
    </message>
    <message>
        <source>Reset document {id} to the automatic analysis</source>
        <translation>Återställ dokument {id} till den automatiska analysen</translation>
    </message>
    <message>
        <source>Show {name} again</source>
        <translation>Visa {name} igen</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>Corrections</source>
        <translation>Rättelser</translation>
    </message>
    <message>
        <source>Only the documents on screen</source>
        <translation>Bara dokumenten som visas</translation>
    </message>
    <message>
        <source>Only hidden actors</source>
        <translation>Bara dolda aktörer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo the selected corrections; a merge reverted is an unmerge, a hidden actor is shown again</source>
        <translation>Ångra de markerade rättelserna; en ångrad sammanslagning delas upp igen, en dold aktör visas igen</translation>
    </message>
    <message>
        <source>Re&amp;set Document…</source>
        <translation>Åter&amp;ställ dokument…</translation>
    </message>
    <message>
        <source>Back to the automatic analysis of the selected entry&apos;s document</source>
        <translation>Tillbaka till den automatiska analysen av den markerade postens dokument</translation>
    </message>
    <message>
        <source> (cannot apply: %1)</source>
        <translation> (kan inte tillämpas: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n rättelse</numerusform>
            <numerusform>%n rättelser</numerusform>
        </translation>
    </message>
    <message>
        <source>No corrections.</source>
        <translation>Inga rättelser.</translation>
    </message>
    <message>
        <source>Reset Document</source>
        <translation>Återställ dokument</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n correction(s) out of “%1” and go back to the automatic analysis? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Ta bort %n rättelse från ”%1” och gå tillbaka till den automatiska analysen? Redigera &gt; Ångra tar tillbaka den.</numerusform>
            <numerusform>Ta bort alla %n rättelser från ”%1” och gå tillbaka till den automatiska analysen? Redigera &gt; Ångra tar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Left pane: double-click a document in the library to open it here.</source>
        <translation>Vänster ruta: dubbelklicka på ett dokument i biblioteket för att öppna det här.</translation>
    </message>
    <message>
        <source>Right pane: double-click a document in the library (or press Shift+Enter) to open it here.</source>
        <translation>Höger ruta: dubbelklicka på ett dokument i biblioteket (eller tryck Skift+Retur) för att öppna det här.</translation>
    </message>
    <message>
        <source>No paragraph of this document matches the filters.

Untick “Only paragraphs that match” or press “Clear filters” in the Filters panel to see the whole text.</source>
        <translation>Inget stycke i det här dokumentet matchar filtren.

Avmarkera ”Bara stycken som matchar” eller tryck på ”Rensa filter” i panelen Filter för att se hela texten.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyserar…</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Inget dokument</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 citat</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 citat</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 påstående</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 påståenden</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 aktör</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 aktörer</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlöst</translation>
    </message>
</context>
<context>
    <name>EditMetadataCommand</name>
    <message>
        <source>Edit metadata of document {id}</source>
        <translation>Redigera metadata för dokument {id}</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Filter actors…</source>
        <translation>Filtrera aktörer…</translation>
    </message>
    <message>
        <source>Filter the actor list</source>
        <translation>Filtrera listan över aktörer</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringar</translation>
    </message>
    <message>
        <source>Show or hide “{marks}” in both documents</source>
        <translation>Visa eller dölj ”{marks}” i båda dokumenten</translation>
    </message>
    <message>
        <source>Only paragraphs that match</source>
        <translation>Bara stycken som matchar</translation>
    </message>
    <message>
        <source>Fold away the paragraphs that hold no visible mark</source>
        <translation>Fäll ihop stycken som saknar synliga markeringar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Show every actor and every kind of mark again</source>
        <translation>Visa alla aktörer och alla slags markeringar igen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Go to next quote by {name}</source>
        <translation>Gå till nästa citat av {name}</translation>
    </message>
    <message>
        <source>Show %1 in All Documents…</source>
        <translation>Visa %1 i alla dokument…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <source>Pick this actor&apos;s colour: it keeps it in every comparison</source>
        <translation>Välj aktörens färg: den behåller den i alla jämförelser</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Slå ihop med</translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation>Dölj {name}</translation>
    </message>
    <message>
        <source>Remove this actor from the analysis (Edit &gt; Undo brings it back)</source>
        <translation>Ta bort aktören från analysen (Redigera &gt; Ångra tar tillbaka den)</translation>
    </message>
    <message>
        <source>Rename actor</source>
        <translation>Byt namn på aktör</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nytt namn för {name}:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in both documents</source>
        <translation>Sök i båda dokumenten</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Föregående träff (Skift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nästa träff (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>hittades inte</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>{n} till vänster</translation>
    </message>
    <message>
        <source>{n} right</source>
        <translation>{n} till höger</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Claim</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>Heading: never counted as anyone&apos;s words</source>
        <translation>Rubrik: räknas aldrig som någons ord</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Viewpoints does not fetch web pages. Save the page in your browser (Ctrl+S) and drop the saved file, or drag the selected text itself.</source>
        <translation>Viewpoints hämtar inte webbsidor. Spara sidan i webbläsaren (Ctrl+S) och släpp den sparade filen här, eller dra hit den markerade texten.</translation>
    </message>
    <message>
        <source>{n} web address(es) skipped.</source>
        <translation>{n} webbadress(er) hoppades över.</translation>
    </message>
    <message>
        <source>import {n} item(s)</source>
        <translation>importera {n} objekt</translation>
    </message>
    <message>
        <source>{names}: not a file type Viewpoints reads ({kinds})</source>
        <translation>{names}: inte en filtyp som Viewpoints kan läsa ({kinds})</translation>
    </message>
    <message>
        <source>import the text as a new document</source>
        <translation>importera texten som ett nytt dokument</translation>
    </message>
    <message>
        <source>nothing here that Viewpoints can import</source>
        <translation>inget här som Viewpoints kan importera</translation>
    </message>
    <message>
        <source>the source only lets these be moved; Viewpoints copies what it imports, so it leaves them where they are</source>
        <translation>källan tillåter bara att de flyttas; Viewpoints kopierar det som importeras och lämnar dem därför där de är</translation>
    </message>
    <message>
        <source>Drop to import and open in the left pane</source>
        <translation>Släpp för att importera och öppna i den vänstra rutan</translation>
    </message>
    <message>
        <source>Drop to import and open in the right pane</source>
        <translation>Släpp för att importera och öppna i den högra rutan</translation>
    </message>
    <message>
        <source>Drop to import into the library</source>
        <translation>Släpp för att importera till biblioteket</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importerar {done} av {total}: {name}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Importerade ”%1”.</translation>
    </message>
    <message>
        <source>Imported %1 documents.</source>
        <translation>Importerade %1 dokument.</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already in the library, {failed} failed</source>
        <translation>{imported} importerade, {duplicates} fanns redan i biblioteket, {failed} misslyckades</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(avbruten)</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importerade:</translation>
    </message>
    <message>
        <source>Imported with a gap:</source>
        <translation>Importerade med en lucka:</translation>
    </message>
    <message>
        <source>show “{title}”</source>
        <translation>visa ”{title}”</translation>
    </message>
    <message>
        <source>Already in the library:</source>
        <translation>Fanns redan i biblioteket:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Inte importerade:</translation>
    </message>
    <message>
        <source>The import was cancelled; the documents above stay in the library.</source>
        <translation>Importen avbröts; dokumenten ovan ligger kvar i biblioteket.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… och {n} till</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>Systemets</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Direct quotes</source>
        <translation>Direktcitat</translation>
    </message>
    <message>
        <source>Indirect speech</source>
        <translation>Indirekt tal</translation>
    </message>
    <message>
        <source>Author&apos;s voice</source>
        <translation>Skribentens röst</translation>
    </message>
    <message>
        <source>Name mentions</source>
        <translation>Omnämnanden med namn</translation>
    </message>
    <message>
        <source>Claims: {kind}</source>
        <translation>Påståenden: {kind}</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>Direktcitat</translation>
    </message>
    <message>
        <source>background tint in the speaker&apos;s colour</source>
        <translation>bakgrundston i talarens färg</translation>
    </message>
    <message>
        <source>Interviewer&apos;s question</source>
        <translation>Intervjuarens fråga</translation>
    </message>
    <message>
        <source>italics on a light tint</source>
        <translation>kursiv stil på ljus ton</translation>
    </message>
    <message>
        <source>solid underline in the speaker&apos;s colour</source>
        <translation>heldragen understrykning i talarens färg</translation>
    </message>
    <message>
        <source>thin bar in the margin (opinion pieces)</source>
        <translation>tunt streck i marginalen (debattartiklar)</translation>
    </message>
    <message>
        <source>Speech cue</source>
        <translation>Anföringsord</translation>
    </message>
    <message>
        <source>bold words: “säger han”, “enligt …”</source>
        <translation>fetstilta ord: ”säger han”, ”enligt …”</translation>
    </message>
    <message>
        <source>Name mention</source>
        <translation>Omnämnande med namn</translation>
    </message>
    <message>
        <source>the name in the actor&apos;s colour</source>
        <translation>namnet i aktörens färg</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>dotted underline and a badge with its kind</source>
        <translation>prickad understrykning och en etikett med sitt slag</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Okänd talare</translation>
    </message>
    <message>
        <source>grey instead of an actor&apos;s colour</source>
        <translation>grått i stället för en aktörs färg</translation>
    </message>
    <message>
        <source>an evaluation — something is judged good, bad, important or wrong</source>
        <translation>en värdering — något bedöms som bra, dåligt, viktigt eller fel</translation>
    </message>
    <message>
        <source>a prescription — something must or should be done</source>
        <translation>en uppmaning — något måste eller bör göras</translation>
    </message>
    <message>
        <source>a prediction — something will or may happen</source>
        <translation>en förutsägelse — något kommer att eller kan hända</translation>
    </message>
    <message>
        <source>a statistic — a number, share or amount stated as fact</source>
        <translation>statistik — ett tal, en andel eller en mängd som anges som fakta</translation>
    </message>
    <message>
        <source>a stance — the speaker agrees, disagrees, supports or opposes</source>
        <translation>en ståndpunkt — talaren håller med, invänder, stöder eller motsätter sig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>{title}
{source}
imported {when}</source>
        <translation>{title}
{source}
importerad {when}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <translation>Sök i biblioteket…</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Alla publikationer</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alla genrer</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>from (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>från (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>to (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>till (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 dokument</translation>
    </message>
    <message>
        <source>{total} documents</source>
        <translation>{total} dokument</translation>
    </message>
    <message>
        <source>{shown} of 1 document</source>
        <translation>{shown} av 1 dokument</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown} av {total} dokument</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>Synpunkter</translation>
    </message>
    <message>
        <source>Document {id} is not in the library.</source>
        <translation>Dokument {id} finns inte i biblioteket.</translation>
    </message>
    <message>
        <source>Remove Documents</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message numerus="yes">
        <source>Move %n document(s) to the trash? Edit &gt; Undo or File &gt; Trash brings them back for 30 days.</source>
        <translation>
            <numerusform>Flytta %n dokument till papperskorgen? Redigera &gt; Ångra eller Arkiv &gt; Papperskorgen tar tillbaka det i 30 dagar.</numerusform>
            <numerusform>Flytta %n dokument till papperskorgen? Redigera &gt; Ångra eller Arkiv &gt; Papperskorgen tar tillbaka dem i 30 dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importera dokument</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokument ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Importera en mapp</translation>
    </message>
    <message>
        <source>Analysis of document {id} failed: {reason}</source>
        <translation>Analysen av dokument {id} misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Removed 1 document (Edit &gt; Undo brings it back).</source>
        <translation>Tog bort 1 dokument (Redigera &gt; Ångra tar tillbaka det).</translation>
    </message>
    <message>
        <source>Removed {n} documents (Edit &gt; Undo brings them back).</source>
        <translation>Tog bort {n} dokument (Redigera &gt; Ångra tar tillbaka dem).</translation>
    </message>
    <message>
        <source>Restored 1 document.</source>
        <translation>Återställde 1 dokument.</translation>
    </message>
    <message>
        <source>Restored {n} documents.</source>
        <translation>Återställde {n} dokument.</translation>
    </message>
    <message>
        <source>The library was not changed: {reason}</source>
        <translation>Biblioteket ändrades inte: {reason}</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>dokument {id}</translation>
    </message>
    <message>
        <source>The new language applies from the next start of Viewpoints.</source>
        <translation>Det nya språket gäller från nästa gång Viewpoints startas.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Who says what in news texts: speakers and their quotes highlighted, claims marked, two texts side by side.</source>
        <translation>Vem säger vad i nyhetstexter: talare och deras citat framhävda, påståenden markerade, två texter sida vid sida.</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Bibliotek: {path}</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <source>Mentions by name</source>
        <translation>Omnämnanden med namn</translation>
    </message>
    <message>
        <source>Loading chart…</source>
        <translation>Läser in diagrammet…</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>De </translation>
    </message>
    <message>
        <source> actors</source>
        <translation> vanligaste aktörerna</translation>
    </message>
    <message>
        <source>How many actors the chart shows, most mentioned first</source>
        <translation>Hur många aktörer diagrammet visar, de mest omnämnda först</translation>
    </message>
    <message>
        <source>Open two documents to compare who is mentioned how often.</source>
        <translation>Öppna två dokument för att jämföra vem som nämns hur ofta.</translation>
    </message>
    <message>
        <source>No actors to show.</source>
        <translation>Inga aktörer att visa.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>Colour of {name}…</source>
        <translation>Färg för {name}…</translation>
    </message>
    <message>
        <source>Copy Chart Image</source>
        <translation>Kopiera diagrambild</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Spara diagrammet som PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Spara diagrammet som SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-teckning (*.svg)</translation>
    </message>
    <message>
        <source>Save Numbers as CSV…</source>
        <translation>Spara siffrorna som CSV…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabell (*.csv)</translation>
    </message>
    <message>
        <source>Show in All Documents</source>
        <translation>Visa i alla dokument</translation>
    </message>
    <message>
        <source>Click a bar to hide that actor; right-click to copy or save</source>
        <translation>Klicka på en stapel för att dölja aktören; högerklicka för att kopiera eller spara</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>V&amp;iewpoints</source>
        <translation>S&amp;ynpunkter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Edit Metadata</source>
        <translation>Redigera metadata</translation>
    </message>
    <message>
        <source>names separated by semicolons</source>
        <translation>namn åtskilda med semikolon</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ</translation>
    </message>
    <message>
        <source>sv, en … (empty: detected)</source>
        <translation>sv, en … (tomt: identifieras automatiskt)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Publikation:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>PaneMenu</name>
    <message>
        <source>(unknown speaker)</source>
        <translation>(okänd talare)</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>okänd talare</translation>
    </message>
    <message>
        <source>Change Speaker…</source>
        <translation>Byt talare…</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Inget citat</translation>
    </message>
    <message>
        <source>Show %1 in All Documents…</source>
        <translation>Visa %1 i alla dokument…</translation>
    </message>
    <message>
        <source>Mark as Claim</source>
        <translation>Markera som påstående</translation>
    </message>
    <message>
        <source>Not a Claim ({kind})</source>
        <translation>Inget påstående ({kind})</translation>
    </message>
    <message>
        <source>Add Quote By…</source>
        <translation>Lägg till citat av…</translation>
    </message>
    <message>
        <source>Mark Selection as Claim</source>
        <translation>Markera urvalet som påstående</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>Byt talare</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Okänd talare</translation>
    </message>
    <message>
        <source>All of Them…</source>
        <translation>Alla…</translation>
    </message>
    <message>
        <source>Not Spoken By</source>
        <translation>Inte sagt av</translation>
    </message>
    <message>
        <source>Speaker (pick or type a name):</source>
        <translation>Talare (välj eller skriv ett namn):</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>Lägg till citat</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html)</source>
        <translation>Webbsida, fristående (*.html)</translation>
    </message>
    <message>
        <source>PNG image of the view (*.png)</source>
        <translation>PNG-bild av vyn (*.png)</translation>
    </message>
    <message>
        <source>CSV table of all marks (*.csv)</source>
        <translation>CSV-tabell över alla markeringar (*.csv)</translation>
    </message>
    <message>
        <source>JSON analyses (*.json)</source>
        <translation>JSON-analyser (*.json)</translation>
    </message>
    <message>
        <source>Chart as PNG image (*.png)</source>
        <translation>Diagrammet som PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG drawing (*.svg)</source>
        <translation>Diagrammet som SVG-teckning (*.svg)</translation>
    </message>
    <message>
        <source>Chart as CSV table (*.csv)</source>
        <translation>Diagrammet som CSV-tabell (*.csv)</translation>
    </message>
    <message>
        <source>Print comparison</source>
        <translation>Skriv ut jämförelsen</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Förbereder förhandsgranskningen</translation>
    </message>
    <message>
        <source>Print preview failed: {reason}</source>
        <translation>Förhandsgranskningen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Print preview cancelled.</source>
        <translation>Förhandsgranskningen avbröts.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>Utskriften misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>Printed the comparison.</source>
        <translation>Jämförelsen är utskriven.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Skriver ut</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporterad till {path}</translation>
    </message>
    <message>
        <source>Export to {name} failed.</source>
        <translation>Exporten till {name} misslyckades.</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exporterar till {name}…</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Exporterar {name}</translation>
    </message>
    <message>
        <source>Export to {name} cancelled: nothing was written.</source>
        <translation>Exporten till {name} avbröts: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Open a document first: there is nothing to print or export.</source>
        <translation>Öppna ett dokument först: det finns inget att skriva ut eller exportera.</translation>
    </message>
    <message>
        <source>{path}: could not save the settings ({reason})</source>
        <translation>{path}: kunde inte spara inställningarna ({reason})</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportera jämförelsen</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.
Replace it?</source>
        <translation>{name} finns redan i {folder}.
Vill du ersätta den?</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Filtered: {filters}</source>
        <translation>Filtrerat: {filters}</translation>
    </message>
    <message>
        <source>Viewpoints — who says what</source>
        <translation>Viewpoints — vem säger vad</translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation>(inget dokument)</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>Av {authors}</translation>
    </message>
    <message>
        <source>{n} direct</source>
        <translation>{n} direkta</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Also: </source>
        <translation>Dessutom: </translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <source>laying out</source>
        <translation>bryter om sidorna</translation>
    </message>
    <message>
        <source>page {number} of {pages}</source>
        <translation>sida {number} av {pages}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Utskriven {when}</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Sida {number} av {pages}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>… the texts continue: export as PDF or HTML for the whole comparison</source>
        <translation>… texterna fortsätter: exportera som PDF eller HTML för hela jämförelsen</translation>
    </message>
    <message>
        <source>saving the image</source>
        <translation>sparar bilden</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Left actor (polarity)</source>
        <translation>Aktör till vänster (hållning)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Right actor (polarity)</source>
        <translation>Aktör till höger (hållning)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>Synpunkter</translation>
    </message>
    <message>
        <source>No link between the two texts is shown.</source>
        <translation>Ingen länk mellan de två texterna visas.</translation>
    </message>
    <message>
        <source>{shown} of {total} links shown</source>
        <translation>{shown} av {total} länkar visas</translation>
    </message>
    <message>
        <source>{n} correction(s) no longer apply</source>
        <translation>{n} rättelse(r) gäller inte längre</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentsCommand</name>
    <message>
        <source>Remove document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <source>Remove {n} documents</source>
        <translation>Ta bort {n} dokument</translation>
    </message>
    <message>
        <source>Moving {n} documents to the trash</source>
        <translation>Flyttar {n} dokument till papperskorgen</translation>
    </message>
    <message>
        <source>Restoring {n} documents</source>
        <translation>Återställer {n} dokument</translation>
    </message>
</context>
<context>
    <name>Tooltip</name>
    <message>
        <source>unknown speaker</source>
        <translation>okänd talare</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>av {who}</translation>
    </message>
    <message>
        <source>by the outlet&apos;s narration</source>
        <translation>i publikationens egen berättarröst</translation>
    </message>
    <message>
        <source>of {who}</source>
        <translation>av {who}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>rättat</translation>
    </message>
    <message>
        <source>cue: “{cue}”</source>
        <translation>anföringsord: ”{cue}”</translation>
    </message>
    <message>
        <source>party: {party}</source>
        <translation>parti: {party}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papperskorgen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Deleted for good after</source>
        <translation>Raderas för gott efter</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <source>Reading the trash…</source>
        <translation>Läser papperskorgen…</translation>
    </message>
    <message>
        <source>Reading the trash</source>
        <translation>Läser papperskorgen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the trash; each is deleted for good 30 days after its removal.</source>
        <translation>
            <numerusform>%n dokument i papperskorgen; det raderas för gott 30 dagar efter att det togs bort.</numerusform>
            <numerusform>%n dokument i papperskorgen; vart och ett raderas för gott 30 dagar efter att det togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n document(s)</source>
        <translation>
            <numerusform>Återställer %n dokument</numerusform>
            <numerusform>Återställer %n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Radera %n dokument i papperskorgen för gott? Det går inte att ångra.</numerusform>
            <numerusform>Radera %n dokument i papperskorgen för gott? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Tömmer papperskorgen</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Viewpoints User Guide</source>
        <translation>Användarhandbok för Viewpoints</translation>
    </message>
</context>
<context>
    <name>ViewpointsController</name>
    <message>
        <source>Open a document in each pane to compare what they say.</source>
        <translation>Öppna ett dokument i varje ruta för att jämföra vad de säger.</translation>
    </message>
    <message>
        <source>Waiting for the analyses…</source>
        <translation>Väntar på analyserna…</translation>
    </message>
    <message>
        <source>Comparing the two texts…</source>
        <translation>Jämför de två texterna…</translation>
    </message>
    <message>
        <source>The comparison failed: {reason}</source>
        <translation>Jämförelsen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>The two texts take no position on the same question.</source>
        <translation>De två texterna tar inte ställning i samma fråga.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 fråga</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} frågor</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 länk</translation>
    </message>
    <message>
        <source>{n} links</source>
        <translation>{n} länkar</translation>
    </message>
    <message>
        <source>(of {total}; the filters hide the others)</source>
        <translation>(av {total}; filtren döljer de övriga)</translation>
    </message>
</context>
<context>
    <name>ViewpointsModel</name>
    <message>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 länk</translation>
    </message>
    <message>
        <source>{n} links</source>
        <translation>{n} länkar</translation>
    </message>
    <message>
        <source>Left: {actors}</source>
        <translation>Vänster: {actors}</translation>
    </message>
    <message>
        <source>Right: {actors}</source>
        <translation>Höger: {actors}</translation>
    </message>
    <message>
        <source>Question {label}: {left}; {relation}; {right}</source>
        <translation>Fråga {label}: {left}; {relation}; {right}</translation>
    </message>
    <message>
        <source>{left}, {left_polarity}, {relation} with {right}, {right_polarity}</source>
        <translation>{left}, {left_polarity}, {relation} med {right}, {right_polarity}</translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <source>Link These Passages</source>
        <translation>Länka dessa passager</translation>
    </message>
    <message>
        <source>How do the two passages relate?</source>
        <translation>Hur förhåller sig de två passagerna till varandra?</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>Show the links whose relation is “{relation}” ({symbol})</source>
        <translation>Visa länkarna vars relation är ”{relation}” ({symbol})</translation>
    </message>
    <message>
        <source>Viewpoint links by question</source>
        <translation>Synpunktslänkar per fråga</translation>
    </message>
    <message>
        <source>1 correction of these links no longer applies and is left out. &lt;a href=&apos;forget&apos;&gt;Forget it&lt;/a&gt;</source>
        <translation>1 rättelse av de här länkarna gäller inte längre och har utelämnats. &lt;a href=&apos;forget&apos;&gt;Glöm den&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{n} corrections of these links no longer apply and are left out. &lt;a href=&apos;forget&apos;&gt;Forget them&lt;/a&gt;</source>
        <translation>{n} rättelser av de här länkarna gäller inte längre och har utelämnats. &lt;a href=&apos;forget&apos;&gt;Glöm dem&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ViewpointsService</name>
    <message>
        <source>Forget 1 viewpoint correction</source>
        <translation>Glöm 1 rättelse av synpunkter</translation>
    </message>
    <message>
        <source>Forget {n} viewpoint corrections</source>
        <translation>Glöm {n} rättelser av synpunkter</translation>
    </message>
    <message>
        <source>Comparing viewpoints</source>
        <translation>Jämför synpunkter</translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>Urklipp innehåller inget att importera.</translation>
    </message>
</context>
</TS>
