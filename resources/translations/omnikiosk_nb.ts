<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Godkjenning kreves</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CashMenu</name>
    <message>
        <source>Cash</source>
        <translation>Kontanter</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Dagsoppgjør</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Innskudd</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Kontanter lagt i kasseskuffen</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Uttak</translation>
    </message>
    <message>
        <source>Cash taken from the drawer (bank, safe, petty cash)</source>
        <translation>Kontanter tatt ut av kasseskuffen (bank, safe, småkasse)</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>Åpne skuff (uten salg)</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>åpne skuff</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>Skriv ut X-rapport</translation>
    </message>
    <message>
        <source>%1 · receipt %2 · %3 · %4</source>
        <translation>%1 · kvittering %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Skriv ut på nytt (kopi)</translation>
    </message>
    <message>
        <source>Count the drawer. The till compares your count with what it expects only after you confirm.</source>
        <translation>Tell opp kasseskuffen. Kassen sammenligner opptellingen din med det forventede beløpet først når du har bekreftet.</translation>
    </message>
    <message>
        <source>Close the day and print the Z report</source>
        <translation>Ta dagsoppgjør og skriv ut Z-rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Scan the loyalty card, or type phone or e-mail</source>
        <translation>Skann kundekortet, eller tast inn telefon eller e-post</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Kundekort %1 · %2</translation>
    </message>
    <message>
        <source>Web order number, e.g. W200001</source>
        <translation>Nettordrenummer, f.eks. W200001</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Orders in every channel</source>
        <translation>Ordrer i alle kanaler</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Open an order by its number or from the customer&apos;s list to collect it here or return it here.</source>
        <translation>Åpne en ordre med ordrenummeret eller fra kundens liste for å hente den eller returnere den her.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · paid %2 (%3)</source>
        <translation>%1 · betalt %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 returnert</translation>
    </message>
    <message>
        <source>Return, refund %1</source>
        <translation>Retur, tilbakebetal %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Collect in this store instead</source>
        <translation>Hent i denne butikken i stedet</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Counted: %1</source>
        <translation>Opptalt: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>No devices are configured. Add [device.NAME] sections to the configuration file (see docs/devices.md).</source>
        <translation>Ingen enheter er konfigurert. Legg til [device.NAME]-seksjoner i konfigurasjonsfilen (se docs/devices.md).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Åpne kasseskuff</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Åpne dør</translation>
    </message>
    <message>
        <source>No compartments configured (key compartments)</source>
        <translation>Ingen luker er konfigurert (nøkkelen compartments)</translation>
    </message>
    <message>
        <source>Scan any code: it appears under Scanner test.</source>
        <translation>Skann en hvilken som helst kode: den vises under Skannertest.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Utskriftskø</translation>
    </message>
    <message>
        <source>%1 to decide</source>
        <translation>%1 må avgjøres</translation>
    </message>
    <message>
        <source>No receipt printer is configured.</source>
        <translation>Ingen kvitteringsskriver er konfigurert.</translation>
    </message>
    <message>
        <source>Nothing waits to be printed.</source>
        <translation>Ingenting venter på utskrift.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (prøvd %2 ganger)</translation>
    </message>
    <message>
        <source>It printed</source>
        <translation>Den ble skrevet ut</translation>
    </message>
    <message>
        <source>Reprint as copy</source>
        <translation>Skriv ut på nytt som kopi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <source>No scanner device is configured. Keyboard-wedge scanners without a device section type into the window instead.</source>
        <translation>Ingen skanner er konfigurert. Skannere i tastaturmodus (keyboard wedge) uten egen enhetsseksjon skriver rett inn i vinduet i stedet.</translation>
    </message>
    <message>
        <source>Scan any code with any scanner: it shows here with what it means.</source>
        <translation>Skann en kode med hvilken som helst skanner: den vises her sammen med hva den betyr.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Scan any product to check its price and stock</source>
        <translation>Skann en vare for å se pris og beholdning</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <source>Ring up sales, returns, cash drawer</source>
        <translation>Salg, returer og kasseskuff</translation>
    </message>
    <message>
        <source>%1 is signed in</source>
        <translation>%1 er logget inn</translation>
    </message>
    <message>
        <source>Staff PIN or badge</source>
        <translation>PIN eller ansattkort</translation>
    </message>
    <message>
        <source>Collect an order</source>
        <translation>Hent ordren din</translation>
    </message>
    <message>
        <source>Scan or type your pickup code</source>
        <translation>Skann eller tast inn hentekoden din</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Beholdning</translation>
    </message>
    <message>
        <source>Price and stock here, in other stores and the warehouse</source>
        <translation>Pris og beholdning her, i andre butikker og på sentrallageret</translation>
    </message>
    <message>
        <source>%L1 products</source>
        <translation>%L1 varer</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Kundeservice</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnikiosk — %1 · terminal %2</source>
        <translation>Omnikiosk — %1 · terminal %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Klikk og hent-ordrer</translation>
    </message>
    <message>
        <source>Customer at the counter for order %1</source>
        <translation>Kunde venter ved disken på ordre %1</translation>
    </message>
    <message>
        <source>Locker door needs attention: %1</source>
        <translation>Dør i pakkeautomaten må sjekkes: %1</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Kundeservice</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Order number, name or pickup code</source>
        <translation>Ordrenummer, navn eller hentekode</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Awaiting loading</source>
        <translation>Venter på innlegging</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Klar i pakkeautomaten</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Klar i disken</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Hentet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Velg en ordre</translation>
    </message>
    <message>
        <source>Collect until %1 · parcels: %2</source>
        <translation>Hentes innen %1 · kolli: %2</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>ikke tatt</translation>
    </message>
    <message>
        <source>ID checked:</source>
        <translation>Legitimasjon sjekket:</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID-kort</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Førerkort</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Lever ut</translation>
    </message>
    <message>
        <source>Compartments</source>
        <translation>Luker</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Lett tilgjengelig</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Foreslå</translation>
    </message>
    <message>
        <source>Open and load</source>
        <translation>Åpne og legg inn</translation>
    </message>
    <message>
        <source>Keep at the counter</source>
        <translation>Behold i disken</translation>
    </message>
    <message>
        <source>Take back to stock</source>
        <translation>Legg tilbake i beholdningen</translation>
    </message>
    <message>
        <source>Extend 3 days</source>
        <translation>Forleng med 3 dager</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Unlock after wrong codes</source>
        <translation>Lås opp etter feil koder</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Åpne dør</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Klikk og hent-ordrer</translation>
    </message>
    <message>
        <source>Any door:</source>
        <translation>Vilkårlig dør:</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Tilbake</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Tilbake</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Stor tekst</translation>
    </message>
    <message>
        <source>Collect your order</source>
        <translation>Hent ordren din</translation>
    </message>
    <message>
        <source>Hold the QR code from your message under the scanner, or type your pickup code.</source>
        <translation>Hold QR-koden fra meldingen under skanneren, eller tast inn hentekoden din.</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Tast inn koden</translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Hentekoden din</translation>
    </message>
    <message>
        <source>Open my locker</source>
        <translation>Åpne luken min</translation>
    </message>
    <message numerus="yes">
        <source>Hello %1 · %n item(s)</source>
        <translation>
            <numerusform>Hei %1 · %n vare</numerusform>
            <numerusform>Hei %1 · %n varer</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening door %1 …</source>
        <translation>Åpner dør %1 …</translation>
    </message>
    <message>
        <source>Door %1 is open. Take your order and close the door.</source>
        <translation>Dør %1 er åpen. Ta ordren din og lukk døren.</translation>
    </message>
    <message>
        <source>Thank you! Enjoy your order.</source>
        <translation>Takk! Kos deg med varene.</translation>
    </message>
    <message>
        <source>Your order is waiting at the counter. A member of staff is on the way.</source>
        <translation>Ordren din venter ved disken. En ansatt er på vei.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Opening doors %1 …</source>
        <translation>Åpner dørene %1 …</translation>
    </message>
    <message>
        <source>Doors %1 are open. Take your order and close the doors.</source>
        <translation>Dørene %1 er åpne. Ta ordren din og lukk dørene.</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <source>Select a product to see its stock everywhere</source>
        <translation>Velg en vare for å se beholdningen overalt</translation>
    </message>
    <message>
        <source>Barcode %1 · %2 · VAT %3</source>
        <translation>Strekkode %1 · %2 · mva. %3</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Beholdning</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation>%1 (denne butikken)</translation>
    </message>
    <message>
        <source>%1: %2 available</source>
        <translation>%1: %2 tilgjengelig</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <source>on hand %1 · reserved %2 · in transit %3</source>
        <translation>på lager %1 · reservert %2 · på vei %3</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Legg av…</translation>
    </message>
    <message>
        <source>Order…</source>
        <translation>Bestill…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Tell…</translation>
    </message>
    <message>
        <source>Staff with the permission sign in (Store desk) to hold, order or count.</source>
        <translation>Ansatte med rettigheten logger inn (Kundeservice) for å legge av, bestille eller telle.</translation>
    </message>
</context>
<context>
    <name>ProductLookupPage</name>
    <message>
        <source>Type a name, SKU or barcode — or scan</source>
        <translation>Skriv navn, varenummer eller strekkode — eller skann</translation>
    </message>
    <message>
        <source>%1 · in store: %2</source>
        <translation>%1 · i butikken: %2</translation>
    </message>
    <message>
        <source>Start typing or scan a barcode.
Search ignores accents: “zolc” finds “Żółć”.</source>
        <translation>Begynn å skrive, eller skann en strekkode.
Søket ser bort fra aksenter og særtegn: «blabaer» finner «Blåbær».</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>kan ikke opprette datakatalogen %1</translation>
    </message>
    <message>
        <source>cannot restrict the data directory %1 to its owner (mode 0700)</source>
        <translation>kan ikke begrense datakatalogen %1 til eieren (modus 0700)</translation>
    </message>
    <message>
        <source>[store] currency %1 is not supported</source>
        <translation>[store] currency: valutaen %1 støttes ikke</translation>
    </message>
    <message>
        <source>Sync has stopped</source>
        <translation>Synkroniseringen har stoppet</translation>
    </message>
    <message>
        <source>the shell (%1) did not load</source>
        <translation>skallet (%1) ble ikke lastet</translation>
    </message>
    <message>
        <source>Main.qml did not create a window</source>
        <translation>Main.qml opprettet ikke noe vindu</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation>Med kvittering</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Uten kvittering</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code or type its number</source>
        <translation>Skann QR-koden på kvitteringen eller tast inn kvitteringsnummeret</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>sold %1 · paid %2 · left %3</source>
        <translation>solgt %1 · betalt %2 · igjen %3</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Varekode</translation>
    </message>
    <message>
        <source>How many (kg for weighed goods)</source>
        <translation>Antall (kg for vektvarer)</translation>
    </message>
    <message>
        <source>Price paid (empty: today&apos;s price)</source>
        <translation>Betalt pris (tomt: dagens pris)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Retur uten kvittering</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Salg: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Tap a line first</source>
        <translation>Trykk på en linje først</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Linjerabatt %</translation>
    </message>
    <message>
        <source>0 removes the discount</source>
        <translation>0 fjerner rabatten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Drawer open</source>
        <translation>Kasseskuffen er åpen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <source>Receipt %1 was saved but never printed. Tap to print it (the sale is not rung again).</source>
        <translation>Kvittering %1 ble lagret, men aldri skrevet ut. Trykk for å skrive den ut (salget registreres ikke på nytt).</translation>
    </message>
    <message>
        <source>Scan an item or search on the right</source>
        <translation>Skann en vare eller søk til høyre</translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Rabatter %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Search name or code (F2)</source>
        <translation>Søk på navn eller kode (F2)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Vekt for %1</translation>
    </message>
    <message>
        <source>kg, e.g. 0.750</source>
        <translation>kg, f.eks. 0,750</translation>
    </message>
    <message>
        <source>Quantity
F6</source>
        <translation>Antall
F6</translation>
    </message>
    <message>
        <source>Discount
F7</source>
        <translation>Rabatt
F7</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Ny pris</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>Krever godkjenning fra skiftleder</translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation>Annuller linje
F8</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Totalrabatt</translation>
    </message>
    <message>
        <source>Discount on the whole ticket %</source>
        <translation>Rabatt på hele salget %</translation>
    </message>
    <message>
        <source>0 removes it</source>
        <translation>0 fjerner den</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Park
F9</source>
        <translation>Parker
F9</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>Parkerte (%1)</translation>
    </message>
    <message>
        <source>Return
F10</source>
        <translation>Retur
F10</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Annuller salg</translation>
    </message>
    <message>
        <source>Cash · reports
F12</source>
        <translation>Kontanter · rapporter
F12</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>F2 search · F4 pay · F6 quantity · F7 discount · F8 void line · F9 park · F10 return · F12 cash</source>
        <translation>F2 søk · F4 betal · F6 antall · F7 rabatt · F8 annuller linje · F9 parker · F10 retur · F12 kontanter</translation>
    </message>
    <message>
        <source>PAY BACK %1  (F4)</source>
        <translation>BETAL TILBAKE %1  (F4)</translation>
    </message>
    <message>
        <source>PAY %1  (F4)</source>
        <translation>BETAL %1  (F4)</translation>
    </message>
    <message>
        <source>Parked tickets</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Card on this sale</source>
        <translation>Legg kundekortet til salget</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open the shift</source>
        <translation>Åpne skiftet</translation>
    </message>
    <message>
        <source>%1, count the float you put in the drawer.</source>
        <translation>%1, tell opp vekselkassen du har lagt i kasseskuffen.</translation>
    </message>
    <message>
        <source>Open shift with %1</source>
        <translation>Åpne skift med %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Hvem står i kassen?</translation>
    </message>
    <message>
        <source>This badge is not a staff member of this store</source>
        <translation>Dette ansattkortet tilhører ingen ansatt i denne butikken</translation>
    </message>
    <message>
        <source>Tap your name or scan your staff badge</source>
        <translation>Trykk på navnet ditt eller skann ansattkortet ditt</translation>
    </message>
    <message>
        <source>No staff accounts yet: they arrive with the first sync from head office.</source>
        <translation>Ingen ansattkontoer ennå: de kommer med første synkronisering fra hovedkontoret.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Velg navnet ditt</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>%1: staff only</source>
        <translation>%1: kun for ansatte</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Kun for ansatte</translation>
    </message>
    <message>
        <source>%1, your role (%2) may not open this screen. Ask a supervisor.</source>
        <translation>%1, rollen din (%2) har ikke tilgang til dette skjermbildet. Spør en skiftleder.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Tilbake</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>● Local cache only</source>
        <translation>● Kun lokale data</translation>
    </message>
    <message>
        <source>● Online · sending %1</source>
        <translation>● Tilkoblet · sender %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Tilkoblet</translation>
    </message>
    <message>
        <source>● Offline · %1 to send</source>
        <translation>● Frakoblet · %1 venter</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Frakoblet</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avviste</numerusform>
        </translation>
    </message>
    <message>
        <source>DEV: plain HTTP</source>
        <translation>DEV: ukryptert HTTP</translation>
    </message>
    <message>
        <source>No devices configured</source>
        <translation>Ingen enheter konfigurert</translation>
    </message>
    <message>
        <source>Devices %1/%2 online</source>
        <translation>Enheter %1/%2 tilkoblet</translation>
    </message>
    <message>
        <source>Language of my screens</source>
        <translation>Språk på skjermene mine</translation>
    </message>
</context>
<context>
    <name>StockActionDialog</name>
    <message>
        <source>Hold %1 for a customer</source>
        <translation>Legg av %1 for en kunde</translation>
    </message>
    <message>
        <source>Order %1 from another location</source>
        <translation>Bestill %1 fra et annet sted</translation>
    </message>
    <message>
        <source>Count %1 here</source>
        <translation>Tell %1 her</translation>
    </message>
    <message>
        <source>Available here: %1. The hold lowers it at once, here and for the web shop.</source>
        <translation>Tilgjengelig her: %1. Avleggingen trekkes fra med én gang, både her og i nettbutikken.</translation>
    </message>
    <message>
        <source>The request goes through the central service (queued while offline). Sent to this store, it becomes a click-and-collect order when it arrives.</source>
        <translation>Bestillingen går via sentralsystemet (legges i kø når terminalen er frakoblet). Sendes den til denne butikken, blir den en Klikk og hent-ordre når den kommer fram.</translation>
    </message>
    <message>
        <source>The system shows %1 on hand. Count every piece on the shelf and in the back room and enter the total.</source>
        <translation>Systemet viser %1 på lager. Tell hver eneste vare i hyllen og på bakrommet, og tast inn totalen.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Opptalt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Customer&apos;s name, for the shelf label</source>
        <translation>Kundens navn, til hyllelappen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Denne butikken</translation>
    </message>
    <message>
        <source>The customer&apos;s home</source>
        <translation>Hjem til kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, number, postcode, city</source>
        <translation>Gate og nummer, postnummer, poststed</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Legg av</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestill</translation>
    </message>
    <message>
        <source>Send count</source>
        <translation>Send telling</translation>
    </message>
</context>
<context>
    <name>StoreDeskPage</name>
    <message>
        <source>Store desk</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Holds and requests</source>
        <translation>Avlegginger og forespørsler</translation>
    </message>
    <message>
        <source>Active holds</source>
        <translation>Aktive avlegginger</translation>
    </message>
    <message>
        <source>No active holds</source>
        <translation>Ingen aktive avlegginger</translation>
    </message>
    <message>
        <source>%1 × %2 for %3, until %4 (%5)</source>
        <translation>%1 × %2 for %3, fram til %4 (%5)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>Avbryt avlegging</translation>
    </message>
    <message>
        <source>Orders, counts and web actions made here</source>
        <translation>Bestillinger, tellinger og nettordrer behandlet her</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the central service</source>
        <translation>Synkronisering med sentralsystemet</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Venter på sending</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>%1, the oldest for %2</source>
        <translation>%1, den eldste har ventet i %2</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Sist sendt</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Sist mottatt</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klokke</translation>
    </message>
    <message>
        <source>%1: set this terminal&apos;s clock (nothing is decided by it)</source>
        <translation>%1: still klokken på denne terminalen (den brukes ikke til å avgjøre noe)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Datastrømmer</translation>
    </message>
    <message>
        <source>Refused by the central service</source>
        <translation>Avvist av sentralsystemet</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>Ingenting er avvist.</translation>
    </message>
    <message>
        <source>These events were not applied centrally; they stay here until they are accepted. Fix what the reason says, then send the event again.</source>
        <translation>Disse hendelsene ble ikke registrert sentralt; de blir liggende her til de godtas. Rett opp det årsaken viser til, og send hendelsen på nytt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · attempts: %2</source>
        <translation>%1 · forsøk: %2</translation>
    </message>
    <message>
        <source>Another event was sent under the same id: report this to support before sending it again.</source>
        <translation>En annen hendelse er sendt med samme ID: meld fra til brukerstøtte før du sender den på nytt.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send på nytt</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Pay back</source>
        <translation>Å betale tilbake</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>Kontant: %1</translation>
    </message>
    <message>
        <source> · change %1</source>
        <translation> · veksel %1</translation>
    </message>
    <message>
        <source>Waiting for the card terminal… %1</source>
        <translation>Venter på betalingsterminalen… %1</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Avbryt kortbetaling</translation>
    </message>
    <message>
        <source>Check card payment</source>
        <translation>Kontroller kortbetalingen</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Tilbake til handlekurven</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Pay back in cash</source>
        <translation>Betal tilbake kontant</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <source>Refund to card</source>
        <translation>Tilbakebetal til kort</translation>
    </message>
    <message>
        <source>Card, whole amount</source>
        <translation>Kort, hele beløpet</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>Poeng for %1</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Poeng (%1)</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>less than a minute</source>
        <translation>under ett minutt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (for %2 siden)</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalController</name>
    <message>
        <source>Choose who approves</source>
        <translation>Velg hvem som godkjenner</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalGate</name>
    <message>
        <source>Nothing is waiting for an approval</source>
        <translation>Ingenting venter på godkjenning</translation>
    </message>
</context>
<context>
    <name>ok::BasketModel</name>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Return, receipt line %1</source>
        <translation>Retur, kvitteringslinje %1</translation>
    </message>
</context>
<context>
    <name>ok::CashController</name>
    <message>
        <source>check the numbers</source>
        <translation>sjekk tallene</translation>
    </message>
    <message>
        <source>Counts are whole numbers of notes and coins</source>
        <translation>Antall sedler og mynter må være hele tall</translation>
    </message>
    <message>
        <source>Shift open with a float of %1</source>
        <translation>Skiftet er åpnet med vekselkasse på %1</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. 100</source>
        <translation>Tast inn et beløp, f.eks. 100</translation>
    </message>
    <message>
        <source>X report printed</source>
        <translation>X-rapport skrevet ut</translation>
    </message>
    <message>
        <source>The copy is printing</source>
        <translation>Kopien skrives ut</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retur</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>bytte</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>salg</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 over.</source>
        <translation>Dagen er avsluttet: Z-rapport %1 er skrevet ut. Opptalt %2, forventet %3: overskudd %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 short.</source>
        <translation>Dagen er avsluttet: Z-rapport %1 er skrevet ut. Opptalt %2, forventet %3: underskudd %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, as expected.</source>
        <translation>Dagen er avsluttet: Z-rapport %1 er skrevet ut. Opptalt %2, som forventet.</translation>
    </message>
</context>
<context>
    <name>ok::CashDesk</name>
    <message>
        <source>No receipt printer: the report is saved and was sent to head office</source>
        <translation>Ingen kvitteringsskriver: rapporten er lagret og sendt til hovedkontoret</translation>
    </message>
    <message>
        <source>Open a shift first</source>
        <translation>Åpne et skift først</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Ingen skift er åpent</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <source>Finish, park or void the open ticket before closing the day</source>
        <translation>Fullfør, parker eller annuller det pågående salget før du tar dagsoppgjør</translation>
    </message>
    <message>
        <source>The count has a negative or impossible number</source>
        <translation>Opptellingen inneholder et negativt eller ugyldig tall</translation>
    </message>
    <message>
        <source>The count differs from what the till expects by more than the limit. Count again, or a manager accepts it with a reason.</source>
        <translation>Opptellingen avviker mer enn grensen fra det kassen forventer. Tell på nytt, eller la en butikksjef godkjenne differansen med en begrunnelse.</translation>
    </message>
    <message>
        <source>A manager accepting a count difference must give a reason</source>
        <translation>Butikksjefen må oppgi en årsak for å godkjenne en kassedifferanse</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-rapport %1</translation>
    </message>
</context>
<context>
    <name>ok::CashDrawerService</name>
    <message>
        <source>No cash drawer is configured (it hangs on the receipt printer)</source>
        <translation>Ingen kasseskuff er konfigurert (den kobles til kvitteringsskriveren)</translation>
    </message>
    <message>
        <source>The cash drawer hangs on a receipt printer</source>
        <translation>Kasseskuffen kobles til en kvitteringsskriver</translation>
    </message>
    <message>
        <source>This printer has no cash drawer</source>
        <translation>Denne skriveren har ingen kasseskuff</translation>
    </message>
    <message>
        <source>A drawer opening needs the person who asked for it</source>
        <translation>Åpning av kasseskuffen må knyttes til personen som ba om den</translation>
    </message>
    <message>
        <source>The drawer was not opened: the journal could not be written (%1)</source>
        <translation>Kasseskuffen ble ikke åpnet: journalen kunne ikke skrives (%1)</translation>
    </message>
</context>
<context>
    <name>ok::CatalogService</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Varekatalogen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>ok::CustomerController</name>
    <message>
        <source>Back to the original payment</source>
        <translation>Tilbake til opprinnelig betalingsmåte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Tilgodelapp</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>%1 points (worth %2)</source>
        <translation>%1 poeng (verdi %2)</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Tilgodelapp %1</translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation>Betalt, klargjøres</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>To collect in store</source>
        <translation>Hentes i butikk</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Hentet</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Nettbutikk</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Delivery to the customer&apos;s home</source>
        <translation>Levering hjem til kunden</translation>
    </message>
    <message>
        <source>Collect in store %1</source>
        <translation>Henting i butikk %1</translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation>Slår opp kunden…</translation>
    </message>
    <message>
        <source>No customer with that card, phone number or e-mail address</source>
        <translation>Ingen kunde med dette kortet, telefonnummeret eller e-postadressen</translation>
    </message>
    <message>
        <source>%1 customers match: choose one</source>
        <translation>%1 kunder passer: velg én</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Slår opp ordren…</translation>
    </message>
    <message>
        <source>Order %1 will be collected here: the central service confirms it and it appears among the click-and-collect orders.</source>
        <translation>Ordre %1 hentes her: sentralsystemet bekrefter det, og ordren vises blant Klikk og hent-ordrene.</translation>
    </message>
    <message>
        <source>%1&apos;s loyalty card is on the sale: it earns points.</source>
        <translation>Kundekortet til %1 er lagt til salget: salget gir poeng.</translation>
    </message>
    <message>
        <source>Enter the amount to pay with points</source>
        <translation>Tast inn beløpet som skal betales med poeng</translation>
    </message>
    <message>
        <source>%1 has only %2 points</source>
        <translation>%1 har bare %2 poeng</translation>
    </message>
    <message>
        <source>Returned: %1 becomes the customer&apos;s store credit once the central service has the return; the web shop shows it.</source>
        <translation>Returnert: %1 blir en tilgodelapp for kunden når sentralsystemet har mottatt returen; nettbutikken viser den.</translation>
    </message>
    <message>
        <source>Returned: %1 goes back to the original payment once the central service has the return; the web shop shows it.</source>
        <translation>Returnert: %1 betales tilbake til opprinnelig betalingsmåte når sentralsystemet har mottatt returen; nettbutikken viser det.</translation>
    </message>
    <message>
        <source>card online</source>
        <translation>kort på nett</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tilgodelapp</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poeng</translation>
    </message>
</context>
<context>
    <name>ok::CustomerDesk</name>
    <message>
        <source>Customers are looked up at the central service, and this terminal has none configured</source>
        <translation>Kunder slås opp i sentralsystemet, og denne terminalen har ikke noe sentralsystem konfigurert</translation>
    </message>
    <message>
        <source>Scan the loyalty card, or type a phone number or an e-mail address</source>
        <translation>Skann kundekortet, eller tast inn et telefonnummer eller en e-postadresse</translation>
    </message>
    <message>
        <source>Type the web order number as on the customer&apos;s confirmation, e.g. W200001</source>
        <translation>Tast inn nettordrenummeret slik det står på kundens ordrebekreftelse, f.eks. W200001</translation>
    </message>
    <message>
        <source>Only a paid order that has not left for the customer&apos;s home can be collected here</source>
        <translation>Bare en betalt ordre som ikke er sendt hjem til kunden, kan hentes her</translation>
    </message>
    <message>
        <source>The order was paid in %1: it can be collected only in a store that sells in %1</source>
        <translation>Ordren er betalt i %1: den kan bare hentes i en butikk som selger i %1</translation>
    </message>
    <message>
        <source>The order has no line %1</source>
        <translation>Ordren har ingen linje %1</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be returned</source>
        <translation>Linje %1: maks %2 kan returneres</translation>
    </message>
    <message>
        <source>Choose what the customer returns</source>
        <translation>Velg hva kunden returnerer</translation>
    </message>
    <message>
        <source>This store does not refund web orders that way</source>
        <translation>Denne butikken tilbakebetaler ikke nettordrer på den måten</translation>
    </message>
    <message>
        <source>The order was paid in %1: return it in a store that sells in %1</source>
        <translation>Ordren er betalt i %1: returner den i en butikk som selger i %1</translation>
    </message>
    <message>
        <source>The order has not reached the customer yet: nothing to return</source>
        <translation>Ordren har ikke kommet fram til kunden ennå: ingenting å returnere</translation>
    </message>
    <message>
        <source>Points cannot be paid with while the central service is out of reach: the balance could be spent twice. Take another payment; the sale still earns points.</source>
        <translation>Det kan ikke betales med poeng mens sentralsystemet ikke kan nås: saldoen kan da bli brukt to ganger. Ta imot en annen betalingsmåte; salget gir fortsatt poeng.</translation>
    </message>
    <message>
        <source>Enter the points to pay with</source>
        <translation>Tast inn antall poeng det skal betales med</translation>
    </message>
</context>
<context>
    <name>ok::DeviceManager</name>
    <message>
        <source>Test print %1 printed</source>
        <translation>Testutskrift %1 er skrevet ut</translation>
    </message>
    <message>
        <source>Test print %1 waits for the printer: %2</source>
        <translation>Testutskrift %1 venter på skriveren: %2</translation>
    </message>
    <message>
        <source>Test print %1 may not have printed: %2</source>
        <translation>Testutskrift %1 ble kanskje ikke skrevet ut: %2</translation>
    </message>
    <message>
        <source>A receipt may not have printed: check the printer and its queue on the device screen</source>
        <translation>En kvittering ble kanskje ikke skrevet ut: sjekk skriveren og utskriftskøen i skjermbildet Enheter</translation>
    </message>
    <message>
        <source>%1 (%2): not available: %3</source>
        <translation>%1 (%2): ikke tilgjengelig: %3</translation>
    </message>
    <message>
        <source>print queue: %1 waiting, %2 uncertain</source>
        <translation>utskriftskø: %1 venter, %2 usikre</translation>
    </message>
    <message>
        <source>No receipt printer configured</source>
        <translation>Ingen kvitteringsskriver konfigurert</translation>
    </message>
    <message>
        <source>Receipt printer offline: receipts wait in the queue</source>
        <translation>Kvitteringsskriveren er frakoblet: kvitteringene venter i køen</translation>
    </message>
    <message>
        <source>Receipt printer: %1 Receipts wait in the queue.</source>
        <translation>Kvitteringsskriver: %1 Kvitteringene venter i køen.</translation>
    </message>
</context>
<context>
    <name>ok::DeviceTests</name>
    <message>
        <source>This device is not a receipt printer</source>
        <translation>Denne enheten er ikke en kvitteringsskriver</translation>
    </message>
    <message>
        <source>The print queue could not be opened: see the log</source>
        <translation>Utskriftskøen kunne ikke åpnes: se loggen</translation>
    </message>
    <message>
        <source>Omnikiosk test print</source>
        <translation>Omnikiosk testutskrift</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Bestilt av</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <source>Test print %1 sent</source>
        <translation>Testutskrift %1 er sendt</translation>
    </message>
    <message>
        <source>Test print %1 queued: it prints when the printer is ready</source>
        <translation>Testutskrift %1 er lagt i kø: den skrives ut når skriveren er klar</translation>
    </message>
    <message>
        <source>Drawer kick sent</source>
        <translation>Åpningssignal sendt til kasseskuffen</translation>
    </message>
    <message>
        <source>This device is not a locker</source>
        <translation>Denne enheten er ikke en pakkeautomat</translation>
    </message>
    <message>
        <source>There is no compartment &quot;%1&quot; on %2</source>
        <translation>Det finnes ingen luke «%1» på %2</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Døren ble ikke åpnet: journalen kunne ikke skrives (%1)</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <source>This device has no print queue</source>
        <translation>Denne enheten har ingen utskriftskø</translation>
    </message>
</context>
<context>
    <name>ok::DevicesModel</name>
    <message>
        <source>%1: your role may not do this here. Someone whose role may must sign in.</source>
        <translation>%1: rollen din har ikke tilgang til dette her. En som har tilgang, må logge inn.</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Enheten finnes ikke</translation>
    </message>
</context>
<context>
    <name>ok::DiskSpace</name>
    <message>
        <source>The terminal&apos;s disk is nearly full (%1 MB free, %2 MB needed): no new sale can start. Call support: docs/operations.md, &apos;Disk full&apos;</source>
        <translation>Disken på terminalen er nesten full (%1 MB ledig, %2 MB trengs): et nytt salg kan ikke startes. Ring support: docs/operations.md, &apos;Disk full&apos;</translation>
    </message>
</context>
<context>
    <name>ok::KeyboardWedge</name>
    <message>
        <source>A scan of more than %L1 characters was ignored: no barcode is that long. If a key is stuck on the keyboard or the scanner, release it.</source>
        <translation>En skanning på mer enn %L1 tegn ble ignorert: ingen strekkode er så lang. Hvis en tast henger fast på tastaturet eller skanneren, slipp den.</translation>
    </message>
</context>
<context>
    <name>ok::LocalSyncStore</name>
    <message>
        <source>Checksum differed from the central service: pulling the stream again.</source>
        <translation>Kontrollsummen avvek fra sentralsystemet: strømmen hentes på nytt.</translation>
    </message>
</context>
<context>
    <name>ok::LockerDoors</name>
    <message>
        <source>There is no locker door %1</source>
        <translation>Pakkeautomaten har ingen dør %1</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Døren ble ikke åpnet: journalen kunne ikke skrives (%1)</translation>
    </message>
</context>
<context>
    <name>ok::OrdersController</name>
    <message>
        <source>Awaiting loading</source>
        <translation>Venter på innlegging</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Klar i pakkeautomaten</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Klar i disken</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Hentet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>handed over (%1)</source>
        <translation>utlevert (%1)</translation>
    </message>
    <message>
        <source>loaded into %1</source>
        <translation>lagt i luke %1</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>feil kode</translation>
    </message>
    <message>
        <source>door %1 unlocked</source>
        <translation>dør %1 låst opp</translation>
    </message>
    <message>
        <source>door %1: %2</source>
        <translation>dør %1: %2</translation>
    </message>
    <message>
        <source>Handed over here, but cancelled at the central service: check the order</source>
        <translation>Utlevert her, men kansellert i sentralsystemet: sjekk ordren</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>åpnet</translation>
    </message>
    <message>
        <source>opened late</source>
        <translation>åpnet sent</translation>
    </message>
    <message>
        <source>did not open</source>
        <translation>åpnet seg ikke</translation>
    </message>
    <message>
        <source>not sent: the locker is not connected</source>
        <translation>ikke sendt: pakkeautomaten er ikke tilkoblet</translation>
    </message>
    <message>
        <source>left open</source>
        <translation>stått åpen</translation>
    </message>
    <message>
        <source>unknown: check the locker</source>
        <translation>ukjent: sjekk pakkeautomaten</translation>
    </message>
    <message>
        <source>incident at door %1: %2</source>
        <translation>hendelse ved dør %1: %2</translation>
    </message>
    <message>
        <source>items refused</source>
        <translation>varer avvist</translation>
    </message>
    <message>
        <source>taken back to stock</source>
        <translation>tatt tilbake på lager</translation>
    </message>
    <message>
        <source>pickup extended</source>
        <translation>hentefrist forlenget</translation>
    </message>
    <message>
        <source>unlocked after wrong codes: %1</source>
        <translation>låst opp etter feil koder: %1</translation>
    </message>
    <message>
        <source>customer called to the counter</source>
        <translation>kunde kalt til disken</translation>
    </message>
    <message>
        <source>kept at the counter</source>
        <translation>holdt ved disken</translation>
    </message>
    <message>
        <source>shut empty: not loaded</source>
        <translation>lukket tom: ikke lagt i</translation>
    </message>
</context>
<context>
    <name>ok::Permission</name>
    <message>
        <source>Void or reduce a line</source>
        <translation>Annullering eller reduksjon av linje</translation>
    </message>
    <message>
        <source>Void the whole sale</source>
        <translation>Annullering av hele salget</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>Prisendring</translation>
    </message>
    <message>
        <source>Discount above the limit</source>
        <translation>Rabatt over grensen</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Retur uten kvittering</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Åpne skuff uten salg</translation>
    </message>
    <message>
        <source>Put cash in or take it out</source>
        <translation>Innskudd eller uttak av kontanter</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Utskrift av X-rapport</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Dagsoppgjør (Z-rapport)</translation>
    </message>
    <message>
        <source>Accept a cash count difference (manager)</source>
        <translation>Godkjenning av kassedifferanse (butikksjef)</translation>
    </message>
    <message>
        <source>Open the staff screens</source>
        <translation>Tilgang til skjermbildene for ansatte</translation>
    </message>
    <message>
        <source>Test the devices</source>
        <translation>Testing av enheter</translation>
    </message>
    <message>
        <source>Open a locker door by hand</source>
        <translation>Manuell åpning av dør i pakkeautomaten</translation>
    </message>
    <message>
        <source>Send a refused event again</source>
        <translation>Ny sending av avvist hendelse</translation>
    </message>
    <message>
        <source>This needs the approval of someone who may: %1</source>
        <translation>Dette krever godkjenning fra noen med rettigheten: %1</translation>
    </message>
    <message>
        <source>Load the lockers and hand orders over</source>
        <translation>Innlegging i pakkeautomater og utlevering av ordrer</translation>
    </message>
    <message>
        <source>Extend a pickup or unlock a locked order</source>
        <translation>Forlengelse av hentefrist eller opplåsing av sperret ordre</translation>
    </message>
    <message>
        <source>Hold, order and count stock; serve a customer&apos;s web orders</source>
        <translation>Avlegging, bestilling og telling av varer; betjening av kunders nettordrer</translation>
    </message>
</context>
<context>
    <name>ok::PickupController</name>
    <message>
        <source>The door did not open. Please go to the counter: a member of staff will hand you your order.</source>
        <translation>Døren åpnet seg ikke. Gå til disken, så gir en ansatt deg ordren.</translation>
    </message>
</context>
<context>
    <name>ok::PickupCounter</name>
    <message>
        <source>There is no order %1 here</source>
        <translation>Ordre %1 finnes ikke her</translation>
    </message>
    <message>
        <source>Order %1 cannot be loaded: it is not waiting to be loaded</source>
        <translation>Ordre %1 kan ikke legges inn: den venter ikke på innlegging</translation>
    </message>
    <message>
        <source>No free compartment: hand the order over at the counter</source>
        <translation>Ingen ledig luke: lever ut ordren i disken</translation>
    </message>
    <message>
        <source>There is no locker door %1</source>
        <translation>Pakkeautomaten har ingen dør %1</translation>
    </message>
    <message>
        <source>Compartment %1 already holds order %2: choose another one</source>
        <translation>Luke %1 inneholder allerede ordre %2: velg en annen</translation>
    </message>
    <message>
        <source>Put the parcel of order %1 in %2 and close the door</source>
        <translation>Legg pakken for ordre %1 i luke %2 og lukk døren</translation>
    </message>
    <message>
        <source>Order %1 is not waiting to be loaded</source>
        <translation>Ordre %1 venter ikke på innlegging</translation>
    </message>
    <message>
        <source>Order %1 waits at the counter</source>
        <translation>Ordre %1 venter ved disken</translation>
    </message>
    <message>
        <source>Order %1 cannot be handed over: it is not ready for pickup</source>
        <translation>Ordre %1 kan ikke leveres ut: den er ikke klar til henting</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: choose the document you checked</source>
        <translation>Ordre %1 krever ID-kontroll: velg legitimasjonen du sjekket</translation>
    </message>
    <message>
        <source>Line %1 of order %2 does not have that many items</source>
        <translation>Linje %1 i ordre %2 har ikke så mange varer</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 handed over; %n refused item(s) will be refunded</source>
        <translation>
            <numerusform>Ordre %1 utlevert; %n avvist vare blir tilbakebetalt</numerusform>
            <numerusform>Ordre %1 utlevert; %n avviste varer blir tilbakebetalt</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 handed over</source>
        <translation>Ordre %1 utlevert</translation>
    </message>
    <message>
        <source>Order %1 has not expired</source>
        <translation>Ordre %1 er ikke utløpt</translation>
    </message>
    <message>
        <source>Take the parcel of order %1 out of %2 and close the door</source>
        <translation>Ta pakken for ordre %1 ut av luke %2 og lukk døren</translation>
    </message>
    <message>
        <source>Loaded: the order is ready for pickup</source>
        <translation>Lagt inn: ordren er klar til henting</translation>
    </message>
    <message>
        <source>Taken back: the order returns to stock</source>
        <translation>Tatt tilbake: ordren går tilbake til beholdningen</translation>
    </message>
    <message>
        <source>A pickup can be extended by 1 to %1 days</source>
        <translation>En henting kan forlenges med 1 til %1 dager</translation>
    </message>
    <message>
        <source>Order %1 can no longer be extended</source>
        <translation>Ordre %1 kan ikke forlenges mer</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 can be collected %n more day(s)</source>
        <translation>
            <numerusform>Ordre %1 kan hentes i %n dag til</numerusform>
            <numerusform>Ordre %1 kan hentes i %n dager til</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the order is unlocked</source>
        <translation>Oppgi hvorfor ordren låses opp</translation>
    </message>
    <message>
        <source>The order can be collected with its code again</source>
        <translation>Ordren kan hentes med koden igjen</translation>
    </message>
    <message>
        <source>Say why the door is opened</source>
        <translation>Oppgi hvorfor døren åpnes</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: keep it at the counter</source>
        <translation>Ordre %1 krever ID-kontroll: hold den ved disken</translation>
    </message>
    <message>
        <source>%1 reads empty: the order is not ready. Open and load it again with the parcel inside.</source>
        <translation>%1 er tom: ordren er ikke klar. Åpne og legg i på nytt med pakken inni.</translation>
    </message>
</context>
<context>
    <name>ok::PickupDesk</name>
    <message>
        <source>This order has already been collected. If that was not you, please ask a member of staff.</source>
        <translation>Denne ordren er allerede hentet. Hvis det ikke var deg, spør en ansatt.</translation>
    </message>
    <message>
        <source>This order was cancelled. A member of staff will gladly help you.</source>
        <translation>Denne ordren er kansellert. En ansatt hjelper deg gjerne.</translation>
    </message>
    <message>
        <source>The time to collect this order has ended. Please ask a member of staff: it may still be here.</source>
        <translation>Fristen for å hente denne ordren er ute. Spør en ansatt: den kan fortsatt være her.</translation>
    </message>
    <message>
        <source>Your order is not ready yet. We will send you a message when it is.</source>
        <translation>Ordren din er ikke klar ennå. Vi sender deg en melding når den er det.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Vent %n sekund før du prøver igjen.</numerusform>
            <numerusform>Vent %n sekunder før du prøver igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This QR code cannot be read as a pickup code. Please type the code from your message.</source>
        <translation>Denne QR-koden kan ikke leses som en hentekode. Tast inn koden fra meldingen.</translation>
    </message>
    <message>
        <source>This order is waiting for you in another of our stores. Your message says which one.</source>
        <translation>Denne ordren venter på deg i en annen av butikkene våre. Meldingen sier hvilken.</translation>
    </message>
    <message>
        <source>We cannot find this order here yet. Please ask a member of staff.</source>
        <translation>Vi finner ikke denne ordren her ennå. Spør en ansatt.</translation>
    </message>
    <message>
        <source>This order is locked after too many wrong codes. A member of staff can open it for you.</source>
        <translation>Denne ordren er sperret etter for mange feil koder. En ansatt kan låse den opp for deg.</translation>
    </message>
    <message>
        <source>A pickup code has 12 letters and digits, like K7Q2-M9XD-4HWT.</source>
        <translation>En hentekode har 12 bokstaver og sifre, for eksempel K7Q2-M9XD-4HWT.</translation>
    </message>
    <message>
        <source>This code does not match an order. Please check it and try again.</source>
        <translation>Denne koden passer ikke til noen ordre. Sjekk den og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>ok::PrintQueueModel</name>
    <message>
        <source>Print jobs cannot be changed from here</source>
        <translation>Utskriftsjobber kan ikke endres herfra</translation>
    </message>
    <message>
        <source>No such print job</source>
        <translation>Utskriftsjobben finnes ikke</translation>
    </message>
    <message>
        <source>%1 (job %2) cancelled</source>
        <translation>%1 (jobb %2) er avbrutt</translation>
    </message>
    <message>
        <source>%1 (job %2) queued again as copy (job %3)</source>
        <translation>%1 (jobb %2) er lagt i kø på nytt som kopi (jobb %3)</translation>
    </message>
    <message>
        <source>%1 (job %2) marked printed</source>
        <translation>%1 (jobb %2) er merket som skrevet ut</translation>
    </message>
</context>
<context>
    <name>ok::PrintSpooler</name>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>skrives ut</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>skrevet ut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>uncertain: decide</source>
        <translation>usikker: avgjør</translation>
    </message>
    <message>
        <source>The program stopped while this was printing: check whether it came out, then reprint, mark printed or cancel</source>
        <translation>Programmet stoppet under utskriften: sjekk om den kom ut, og skriv ut på nytt, merk som skrevet ut eller avbryt</translation>
    </message>
    <message>
        <source>The print job could not be saved: %1</source>
        <translation>Utskriftsjobben kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The printer is not configured any more</source>
        <translation>Skriveren er ikke lenger konfigurert</translation>
    </message>
    <message>
        <source>Job %1 is %2 now: nothing was changed</source>
        <translation>Jobb %1 har nå status «%2»: ingenting ble endret</translation>
    </message>
    <message>
        <source>There is no print job %1 for this printer</source>
        <translation>Det finnes ingen utskriftsjobb %1 for denne skriveren</translation>
    </message>
    <message>
        <source>Job %1 is being printed right now: wait for the printer</source>
        <translation>Jobb %1 skrives ut akkurat nå: vent på skriveren</translation>
    </message>
    <message>
        <source>Job %1 has not printed yet: it prints when the printer is ready</source>
        <translation>Jobb %1 er ikke skrevet ut ennå: den skrives ut når skriveren er klar</translation>
    </message>
    <message>
        <source>Only a job whose outcome is uncertain can be marked printed; job %1 is %2</source>
        <translation>Bare en jobb med usikkert utfall kan merkes som skrevet ut; jobb %1 har status «%2»</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** KOPI ***</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>Skriveren er ikke tilkoblet</translation>
    </message>
    <message>
        <source>The printer is not ready</source>
        <translation>Skriveren er ikke klar</translation>
    </message>
</context>
<context>
    <name>ok::ProductLookupModel</name>
    <message>
        <source>no price</source>
        <translation>ingen pris</translation>
    </message>
    <message>
        <source>price in unknown currency %1</source>
        <translation>pris i ukjent valuta %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>not stocked here</source>
        <translation>føres ikke her</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Ingen treff på «%1»</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Search by name instead.</source>
        <translation>Ingen vare har strekkoden %1. Søk på navn i stedet.</translation>
    </message>
    <message>
        <source>Barcode %1 has a wrong check digit: scan it again, or type the name.</source>
        <translation>Strekkoden %1 har feil kontrollsiffer: skann den på nytt, eller skriv inn navnet.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>t.o.m. %1</translation>
    </message>
    <message>
        <source>regular price %1</source>
        <translation>ordinær pris %1</translation>
    </message>
</context>
<context>
    <name>ok::ReceiptService</name>
    <message>
        <source>There is no such sale</source>
        <translation>Salget finnes ikke</translation>
    </message>
    <message>
        <source>No receipt printer: the sale is saved; print it from the sales list later</source>
        <translation>Ingen kvitteringsskriver: salget er lagret; skriv ut kvitteringen fra salgslisten senere</translation>
    </message>
    <message>
        <source>Receipt %1 is already in the print queue</source>
        <translation>Kvittering %1 ligger allerede i utskriftskøen</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvittering %1</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopi)</translation>
    </message>
</context>
<context>
    <name>ok::Receipts</name>
    <message>
        <source>line voided</source>
        <translation>linje annullert</translation>
    </message>
    <message>
        <source>sale voided</source>
        <translation>salg annullert</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>pris endret</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabatt</translation>
    </message>
    <message>
        <source>return without receipt</source>
        <translation>retur uten kvittering</translation>
    </message>
    <message>
        <source>Store %1 · Terminal %2</source>
        <translation>Butikk %1 · Terminal %2</translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation>RETUR %1</translation>
    </message>
    <message>
        <source>EXCHANGE %1</source>
        <translation>BYTTE %1</translation>
    </message>
    <message>
        <source>RECEIPT %1</source>
        <translation>KVITTERING %1</translation>
    </message>
    <message>
        <source>For receipt %1</source>
        <translation>Gjelder kvittering %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>returned, line %1</source>
        <translation>returnert, linje %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>UTBETALT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALT</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Du sparte</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Øreavrunding</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Tilgodelapp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veksel</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Cashier: %1 (%2)</source>
        <translation>Kasserer: %1 (%2)</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Godkjent av %1: %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Keep this receipt for returns. Thank you!</source>
        <translation>Ta vare på kvitteringen for retur. Takk!</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>Z-RAPPORT %1</translation>
    </message>
    <message>
        <source>X REPORT (shift still open)</source>
        <translation>X-RAPPORT (skiftet er åpent)</translation>
    </message>
    <message>
        <source>Shift opened %1 by %2</source>
        <translation>Skift åpnet %1 av %2</translation>
    </message>
    <message>
        <source>Receipts %1 to %2</source>
        <translation>Kvitteringer %1 til %2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Salg (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Returer (%1)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Gitt rabatt</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Vekselkasse</translation>
    </message>
    <message>
        <source>Cash sales net</source>
        <translation>Kontantsalg netto</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Innskudd</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Uttak</translation>
    </message>
    <message>
        <source>Drawer openings without sale</source>
        <translation>Skuffåpninger uten salg</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Forventet i skuff</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Opptalt</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Overskudd</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Underskudd</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differanse</translation>
    </message>
    <message>
        <source>Difference accepted by %1: %2</source>
        <translation>Differanse godkjent av %1: %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Skrevet ut av %1</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>before tax</comment>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>sales minus returns</comment>
        <translation>Netto salg</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Kundepoeng</translation>
    </message>
</context>
<context>
    <name>ok::ReturnController</name>
    <message>
        <source>Scan the receipt first</source>
        <translation>Skann kvitteringen først</translation>
    </message>
    <message>
        <source>Enter the weight in kg</source>
        <translation>Tast inn vekten i kg</translation>
    </message>
    <message>
        <source>Enter how many</source>
        <translation>Tast inn antall</translation>
    </message>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Varekatalogen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Oppgi årsak til returen</translation>
    </message>
    <message>
        <source>Looking up %1 …</source>
        <translation>Søker etter %1 …</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog</source>
        <translation>Koden %1 finnes ikke i varekatalogen</translation>
    </message>
    <message>
        <source>Enter the price paid, e.g. 4.99</source>
        <translation>Tast inn betalt pris, f.eks. 4,99</translation>
    </message>
    <message>
        <source>%1 is on the ticket as a return</source>
        <translation>%1 er lagt inn i salget som retur</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3 by card</source>
        <translation>Kvittering %1 · %2 · betalt %3 med kort</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3</source>
        <translation>Kvittering %1 · %2 · betalt %3</translation>
    </message>
</context>
<context>
    <name>ok::ReturnSession</name>
    <message>
        <source>Scan the QR code on the receipt, or type its number</source>
        <translation>Skann QR-koden på kvitteringen, eller tast inn kvitteringsnummeret</translation>
    </message>
    <message>
        <source>Looking up receipt %1-%2 at the central service ...</source>
        <translation>Slår opp kvittering %1-%2 i sentralsystemet ...</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till. Return it there, or as a return without receipt.</source>
        <translation>Kvittering %1-%2 er utstedt på en annen kasse. Ta returen der, eller ta den som retur uten kvittering.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till</source>
        <translation>Det finnes ingen kvittering %1 på denne kassen</translation>
    </message>
    <message>
        <source>Receipt %1 is a return; it cannot be returned again</source>
        <translation>Kvittering %1 er en retur; den kan ikke returneres på nytt</translation>
    </message>
    <message>
        <source>This ticket already returns lines of receipt %1: finish it first</source>
        <translation>Dette salget har allerede returlinjer fra kvittering %1: fullfør det først</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till and could not be looked up: %3. Try again, return it there, or as a return without receipt.</source>
        <translation>Kvittering %1-%2 er utstedt på en annen kasse og kunne ikke slås opp: %3. Prøv igjen, ta returen der, eller ta den som retur uten kvittering.</translation>
    </message>
    <message>
        <source>The central service answered for another sale than receipt %1-%2</source>
        <translation>Sentralsystemet svarte med et annet salg enn kvittering %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was paid in %3: it cannot be refunded in %4 here</source>
        <translation>Kvittering %1-%2 ble betalt i %3: beløpet kan ikke tilbakebetales i %4 her</translation>
    </message>
    <message>
        <source>Scan the receipt first</source>
        <translation>Skann kvitteringen først</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du legger til returer</translation>
    </message>
    <message>
        <source>Nothing of this line is left to return</source>
        <translation>Det er ingenting igjen å returnere på denne linjen</translation>
    </message>
    <message>
        <source>At most %1 can be returned</source>
        <translation>Maks %1 kan returneres</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Oppgi årsak til returen</translation>
    </message>
    <message>
        <source>Enter a quantity above zero and a price</source>
        <translation>Tast inn et antall over null og en pris</translation>
    </message>
    <message>
        <source>That amount is not possible</source>
        <translation>Beløpet er ugyldig</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>uten kvittering: %1</translation>
    </message>
</context>
<context>
    <name>ok::SaleCommitter</name>
    <message>
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <source>The sale could not be saved: %1. Nothing is lost: try again, or call a supervisor.</source>
        <translation>Salget kunne ikke lagres: %1. Ingenting er tapt: prøv igjen, eller tilkall en skiftleder.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Kasseskuffen åpnet seg ikke: %1</translation>
    </message>
</context>
<context>
    <name>ok::ScanResolver</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Varekatalogen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Enter a weight above zero</source>
        <translation>Tast inn en vekt over null</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog. Search the product by name, or set it aside for a supervisor.</source>
        <translation>Koden %1 finnes ikke i varekatalogen. Søk etter varen på navn, eller legg den til side for en skiftleder.</translation>
    </message>
</context>
<context>
    <name>ok::StaffAuth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>For mange forsøk med feil PIN. Prøv igjen om %1.</translation>
    </message>
    <message>
        <source>Unknown staff member or wrong PIN</source>
        <translation>Ukjent ansatt eller feil PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>Feil PIN. For mange forsøk: prøv igjen om %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a lock.</source>
        <translation>
            <numerusform>Feil PIN. %n forsøk igjen før sperring.</numerusform>
            <numerusform>Feil PIN. %n forsøk igjen før sperring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not approve this either</source>
        <translation>%1 kan heller ikke godkjenne dette</translation>
    </message>
    <message>
        <source>This terminal does not speak &quot;%1&quot;</source>
        <translation>Denne terminalen har ikke språket «%1»</translation>
    </message>
</context>
<context>
    <name>ok::StaffSession</name>
    <message>
        <source>Sign in first</source>
        <translation>Logg inn først</translation>
    </message>
</context>
<context>
    <name>ok::StaffSessionController</name>
    <message>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Skiftleder</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Butikksjef</translation>
    </message>
</context>
<context>
    <name>ok::StockActions</name>
    <message>
        <source>Choose a product first</source>
        <translation>Velg en vare først</translation>
    </message>
    <message>
        <source>Hold between 1 and %1 pieces</source>
        <translation>Legg av mellom 1 og %1 stk.</translation>
    </message>
    <message>
        <source>Only %1 available here: hold fewer, or order it from another location</source>
        <translation>Bare %1 tilgjengelig her: legg av færre, eller bestill varen fra et annet sted</translation>
    </message>
    <message>
        <source>Enter who the item is held for</source>
        <translation>Skriv inn hvem varen legges av for</translation>
    </message>
    <message>
        <source>A hold lasts between 1 and %1 hours</source>
        <translation>En avlegging varer mellom 1 og %1 timer</translation>
    </message>
    <message>
        <source>This hold has already ended</source>
        <translation>Denne avleggingen er allerede avsluttet</translation>
    </message>
    <message>
        <source>Choose another location to order from</source>
        <translation>Velg et annet sted å bestille fra</translation>
    </message>
    <message>
        <source>Order between 1 and %1 pieces</source>
        <translation>Bestill mellom 1 og %1 stk.</translation>
    </message>
    <message>
        <source>Only %1 available there</source>
        <translation>Bare %1 tilgjengelig der</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>Skriv inn kundens navn</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address so the customer hears when it arrives</source>
        <translation>Skriv inn et telefonnummer eller en e-postadresse, så kunden får beskjed når varen kommer</translation>
    </message>
    <message>
        <source>The phone number is not valid</source>
        <translation>Telefonnummeret er ugyldig</translation>
    </message>
    <message>
        <source>The e-mail address is not valid</source>
        <translation>E-postadressen er ugyldig</translation>
    </message>
    <message>
        <source>Enter the delivery address</source>
        <translation>Skriv inn leveringsadressen</translation>
    </message>
    <message>
        <source>Enter the number of pieces counted</source>
        <translation>Tast inn antallet du har telt</translation>
    </message>
    <message>
        <source>This store&apos;s stock of the product is not known yet: wait for the stock to sync, then count</source>
        <translation>Butikkens beholdning av varen er ikke kjent ennå: vent til beholdningen er synkronisert, og tell deretter</translation>
    </message>
</context>
<context>
    <name>ok::StockDeskController</name>
    <message>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>Collect here</source>
        <translation>Henting her</translation>
    </message>
    <message>
        <source>Web return</source>
        <translation>Nettretur</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Avlegging</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>forespurt</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>arrived: a click-and-collect order</source>
        <translation>ankommet: en Klikk og hent-ordre</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>hentet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kansellert</translation>
    </message>
    <message>
        <source>Held %1 × %2 for %3 until %4</source>
        <translation>Lagt av %1 × %2 for %3 fram til %4</translation>
    </message>
    <message>
        <source>Hold ended: sold</source>
        <translation>Avlegging avsluttet: solgt</translation>
    </message>
    <message>
        <source>Hold cancelled: the item is available again</source>
        <translation>Avlegging avbrutt: varen er tilgjengelig igjen</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to the customer&apos;s home</source>
        <translation>Bestilt %1 × %2 fra %3 hjem til kunden</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to this store: it becomes a click-and-collect order when it arrives</source>
        <translation>Bestilt %1 × %2 fra %3 til denne butikken: bestillingen blir en Klikk og hent-ordre når den kommer fram</translation>
    </message>
    <message>
        <source>Count of %1 sent: %2. If the stock changed since it was shown, the central service refuses it and you count again.</source>
        <translation>Telling av %1 sendt: %2. Hvis beholdningen har endret seg siden den ble vist, avviser sentralsystemet tellingen, og du må telle på nytt.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekreftet</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godtatt</translation>
    </message>
    <message>
        <source>from %1 to the customer&apos;s home</source>
        <translation>fra %1 hjem til kunden</translation>
    </message>
    <message>
        <source>from %1 to this store</source>
        <translation>fra %1 til denne butikken</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>opptalt %1</translation>
    </message>
</context>
<context>
    <name>ok::StockLevelsModel</name>
    <message>
        <source>Live from the central service at %1.</source>
        <translation>Sanntidsbeholdning fra sentralsystemet, hentet %1.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system.</source>
        <translation>Beholdning slik den sist ble mottatt fra sentralsystemet.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago; asking for live levels…</source>
        <translation>Beholdning slik den ble mottatt fra sentralsystemet for %1 siden; henter sanntidsbeholdning…</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago (not live).</source>
        <translation>Beholdning slik den ble mottatt fra sentralsystemet for %1 siden (ikke sanntid).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>sanntid</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>alder ukjent</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>for %1 siden</translation>
    </message>
    <message>
        <source>The web shop can sell %1 (%2)</source>
        <translation>Nettbutikken kan selge %1 (%2)</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Sentralsystemet svarte ikke i tide.</translation>
    </message>
</context>
<context>
    <name>ok::SyncStatusModel</name>
    <message>
        <source>The ledger is not open: nothing was changed.</source>
        <translation>Journalen er ikke åpen: ingenting ble endret.</translation>
    </message>
    <message>
        <source>No such refused event.</source>
        <translation>Den avviste hendelsen finnes ikke.</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may send a refused event again: nothing was changed.</source>
        <translation>Bare en skiftleder eller butikksjef kan sende en avvist hendelse på nytt: ingenting ble endret.</translation>
    </message>
    <message>
        <source>Sign in to send a refused event again.</source>
        <translation>Logg inn for å sende en avvist hendelse på nytt.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer refused: it was already sent again.</source>
        <translation>%1 (%2) er ikke lenger avvist: hendelsen er allerede sendt på nytt.</translation>
    </message>
    <message>
        <source>The retry was not saved: %1</source>
        <translation>Det nye forsøket ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>%1 %2 will be sent again.</source>
        <translation>%1 (%2) blir sendt på nytt.</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>kvittering %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Voided sale</source>
        <translation>Annullert salg</translation>
    </message>
    <message>
        <source>Cash movement</source>
        <translation>Kontantbevegelse</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Skift avsluttet</translation>
    </message>
    <message>
        <source>Order handed over</source>
        <translation>Ordre utlevert</translation>
    </message>
    <message>
        <source>Locker loaded</source>
        <translation>Lagt i pakkeautomat</translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation>Ordre utløpt</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Varetelling</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservasjon</translation>
    </message>
    <message>
        <source>Sync with the central service is switched off: this terminal works from its local cache.</source>
        <translation>Synkronisering med sentralsystemet er slått av: denne terminalen bruker lokalt lagrede data.</translation>
    </message>
    <message>
        <source>Connecting to the central service…</source>
        <translation>Kobler til sentralsystemet…</translation>
    </message>
    <message>
        <source>Not enrolled with the central service: ask for an enrolment code.</source>
        <translation>Ikke registrert hos sentralsystemet: be om en registreringskode.</translation>
    </message>
    <message>
        <source>Online: connected to the central service.</source>
        <translation>Tilkoblet: har forbindelse med sentralsystemet.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; events are sent when the central service is back.</source>
        <translation>Frakoblet: salget fortsetter med lokalt lagrede data; hendelser sendes når sentralsystemet er tilbake.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Within a minute of the central service</source>
        <translation>Under ett minutts avvik fra sentralsystemet</translation>
    </message>
    <message>
        <source>%1 behind the central service</source>
        <translation>Går %1 etter sentralsystemet</translation>
    </message>
    <message>
        <source>%1 ahead of the central service</source>
        <translation>Går %1 foran sentralsystemet</translation>
    </message>
</context>
<context>
    <name>ok::SyncStreamsModel</name>
    <message>
        <source>Tax classes and locations</source>
        <translation>Mva-klasser og lokasjoner</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Varekatalog</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Beholdning</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Klikk og hent-ordrer</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Ansattkontoer</translation>
    </message>
    <message>
        <source>Sales and other events</source>
        <translation>Salg og andre hendelser</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Ingenting venter på sending.</translation>
    </message>
    <message>
        <source>Waiting: %L1, the oldest for %2.</source>
        <translation>Venter: %L1, den eldste har ventet i %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows received: %L1</source>
        <translation>Mottatte rader: %L1</translation>
    </message>
</context>
<context>
    <name>ok::TenderController</name>
    <message>
        <source>waiting for the terminal</source>
        <translation>venter på terminalen</translation>
    </message>
    <message>
        <source>unknown: check the terminal</source>
        <translation>ukjent: sjekk terminalen</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Enter the cash handed over, e.g. 50 or 20.50</source>
        <translation>Tast inn mottatt kontantbeløp, f.eks. 50 eller 20,50</translation>
    </message>
    <message>
        <source>Enter the card amount, or leave it empty for the whole amount</source>
        <translation>Tast inn kortbeløpet, eller la feltet stå tomt for hele beløpet</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Kundepoeng</translation>
    </message>
</context>
<context>
    <name>ok::TenderSession</name>
    <message>
        <source>No card terminal is configured</source>
        <translation>Ingen betalingsterminal er konfigurert</translation>
    </message>
    <message>
        <source>Open a shift (count the float into the drawer) before taking payment</source>
        <translation>Åpne et skift (tell opp vekselkassen i kasseskuffen) før du tar betalt</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <source>Enter the cash handed over</source>
        <translation>Tast inn mottatt kontantbeløp</translation>
    </message>
    <message>
        <source>The original sale was not paid by card: refund in cash</source>
        <translation>Det opprinnelige salget ble ikke betalt med kort: tilbakebetal kontant</translation>
    </message>
    <message>
        <source>Enter an amount up to %1</source>
        <translation>Tast inn et beløp på opptil %1</translation>
    </message>
    <message>
        <source>Refund to card: %1</source>
        <translation>Tilbakebetaling til kort: %1</translation>
    </message>
    <message>
        <source>Card payment: %1</source>
        <translation>Kortbetaling: %1</translation>
    </message>
    <message>
        <source>Asking the card terminal…</source>
        <translation>Spør betalingsterminalen…</translation>
    </message>
    <message>
        <source>No card payment needs checking</source>
        <translation>Ingen kortbetaling trenger kontroll</translation>
    </message>
    <message>
        <source>auth %1</source>
        <translation>aut.kode %1</translation>
    </message>
    <message>
        <source>Paying with points needs the central service, and this terminal has none</source>
        <translation>Betaling med poeng krever sentralsystemet, og denne terminalen har ikke noe sentralsystem</translation>
    </message>
    <message>
        <source>Identify the customer by their loyalty card first</source>
        <translation>Identifiser kunden med kundekortet først</translation>
    </message>
    <message>
        <source>Points pay for a sale, not a refund</source>
        <translation>Poeng kan brukes til å betale et salg, ikke til tilbakebetaling</translation>
    </message>
    <message>
        <source>Enter between 1 and %1 points</source>
        <translation>Tast inn mellom 1 og %1 poeng</translation>
    </message>
    <message>
        <source>Asking the central service for %1 points…</source>
        <translation>Ber sentralsystemet om %1 poeng…</translation>
    </message>
    <message>
        <source>Paid with %1 points. The customer has %2 points left.</source>
        <translation>Betalt med %1 poeng. Kunden har %2 poeng igjen.</translation>
    </message>
</context>
<context>
    <name>ok::TerminalInfo</name>
    <message>
        <source>Working from the local cache; sync with the central service is switched off ([central] enabled = false).</source>
        <translation>Bruker lokalt lagrede data; synkronisering med sentralsystemet er slått av ([central] enabled = false).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Koblet til %1.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; sales are sent when the central service is back.</source>
        <translation>Frakoblet: salget fortsetter med lokalt lagrede data; salg sendes når sentralsystemet er tilbake.</translation>
    </message>
    <message>
        <source>Last update %1.</source>
        <translation>Sist oppdatert kl. %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent, the oldest for %1 min.</source>
        <translation>
            <numerusform>%n hendelse har ventet på sending i %1 min.</numerusform>
            <numerusform>%n hendelser venter på sending, den eldste i %1 min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the central service: see the staff screen.</source>
        <translation>
            <numerusform>%n hendelse er avvist av sentralsystemet: se skjermbildet for ansatte.</numerusform>
            <numerusform>%n hendelser er avvist av sentralsystemet: se skjermbildet for ansatte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 min off the central service&apos;s.</source>
        <translation>Klokken på denne terminalen avviker med %1 min fra sentralsystemet.</translation>
    </message>
</context>
<context>
    <name>ok::Ticket</name>
    <message>
        <source>A card payment is not settled yet: wait for it or check it on the terminal</source>
        <translation>En kortbetaling er ikke fullført ennå: vent på den, eller kontroller den på terminalen</translation>
    </message>
    <message>
        <source>No such line</source>
        <translation>Linjen finnes ikke</translation>
    </message>
    <message>
        <source>The basket could not be saved: %1</source>
        <translation>Handlekurven kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>A card payment was in progress when the till stopped. Check it with the terminal before going on.</source>
        <translation>En kortbetaling pågikk da kassen stoppet. Kontroller den på terminalen før du fortsetter.</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding items</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du legger til varer</translation>
    </message>
    <message>
        <source>%1 has no price in this store. A supervisor can enter one (price override).</source>
        <translation>%1 har ingen pris i denne butikken. En skiftleder kan legge inn en pris (prisendring).</translation>
    </message>
    <message>
        <source>%1 is priced in %2, not %3</source>
        <translation>%1 er priset i %2, ikke %3</translation>
    </message>
    <message>
        <source>%1 is sold by weight: scan its scale label or enter the weight</source>
        <translation>%1 selges etter vekt: skann vektetiketten eller tast inn vekten</translation>
    </message>
    <message>
        <source>%1 is sold by the piece</source>
        <translation>%1 selges per stykk</translation>
    </message>
    <message>
        <source>%1 cannot be added with this quantity or price</source>
        <translation>%1 kan ikke legges til med dette antallet eller denne prisen</translation>
    </message>
    <message>
        <source>price label</source>
        <translation>prisetikett</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing items</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du endrer varer</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Tast inn et antall over null, eller annuller linjen</translation>
    </message>
    <message>
        <source>That quantity is not possible</source>
        <translation>Antallet er ugyldig</translation>
    </message>
    <message>
        <source>Give a reason for the discount</source>
        <translation>Oppgi årsak til rabatten</translation>
    </message>
    <message>
        <source>A discount is 0 to 100 percent, or an amount of at least zero</source>
        <translation>En rabatt er 0 til 100 prosent, eller et beløp på minst null</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Rabatt: %1</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing the discount</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du endrer rabatten</translation>
    </message>
    <message>
        <source>Give a reason for the price change</source>
        <translation>Oppgi årsak til prisendringen</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing prices</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du endrer priser</translation>
    </message>
    <message>
        <source>That price is not possible</source>
        <translation>Prisen er ugyldig</translation>
    </message>
    <message>
        <source>Price %1 → %2: %3</source>
        <translation>Pris %1 → %2: %3</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before voiding lines</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du annullerer linjer</translation>
    </message>
    <message>
        <source>A card payment was taken: finish the sale, then return it to the card</source>
        <translation>Det er tatt en kortbetaling: fullfør salget, og tilbakebetal deretter til kortet</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before parking</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du parkerer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n vare, %1</numerusform>
            <numerusform>%n varer, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current basket first</source>
        <translation>Fullfør eller parker det pågående salget først</translation>
    </message>
    <message>
        <source>That parked basket is gone (resumed on another screen?)</source>
        <translation>Det parkerte salget finnes ikke lenger (hentet fram på en annen skjerm?)</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du legger til returer</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing returns</source>
        <translation>Betalingen er startet: fullfør eller avbryt den før du endrer returer</translation>
    </message>
    <message>
        <source>No card payment %1 is open</source>
        <translation>Ingen åpen kortbetaling %1</translation>
    </message>
    <message>
        <source>Points were paid with: finish the sale, then return it</source>
        <translation>Det er betalt med poeng: fullfør salget, og returner det deretter</translation>
    </message>
    <message>
        <source>Promotion: %1</source>
        <translation>Kampanje: %1</translation>
    </message>
</context>
<context>
    <name>ok::TicketController</name>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Kvittering %1 · veksel %2</translation>
    </message>
    <message>
        <source>Receipt %1 done</source>
        <translation>Kvittering %1 fullført</translation>
    </message>
    <message>
        <source>Enter the weight in kg, e.g. 0.750</source>
        <translation>Tast inn vekten i kg, f.eks. 0,750</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Tast inn et antall over null, eller annuller linjen</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100</source>
        <translation>Tast inn en prosent fra 0 til 100</translation>
    </message>
    <message>
        <source>Enter a price, e.g. 4.99</source>
        <translation>Tast inn en pris, f.eks. 4,99</translation>
    </message>
</context>
<context>
    <name>ok::dev</name>
    <message>
        <source>[device.%1] %2: &quot;%3&quot; %4</source>
        <translation>[device.%1] %2: «%3» %4</translation>
    </message>
    <message>
        <source>must be 2 or 5</source>
        <translation>må være 2 eller 5</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 2 to 510</source>
        <translation>må være et helt antall millisekunder fra 2 til 510</translation>
    </message>
    <message>
        <source>must be high or low</source>
        <translation>må være high eller low</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400</source>
        <translation>må være et helt antall sekunder fra 1 til 86400</translation>
    </message>
    <message>
        <source>driver evdev-scanner reads an input device: set transport = evdev (not %1)</source>
        <translation>driveren evdev-scanner leser en inndataenhet: sett transport = evdev (ikke %1)</translation>
    </message>
    <message>
        <source>no driver &quot;%1&quot; for role %2 in this build (known: %3)</source>
        <translation>ingen driver «%1» for rollen %2 i denne versjonen (kjente: %3)</translation>
    </message>
    <message>
        <source>transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)</source>
        <translation>transport evdev er for skannere i tastaturmodus (role = scanner, driver = evdev-scanner)</translation>
    </message>
</context>
<context>
    <name>ok::dev::Device</name>
    <message>
        <source>%1 is connected again</source>
        <translation>%1 er tilkoblet igjen</translation>
    </message>
    <message>
        <source>%1 is disconnected; reconnecting</source>
        <translation>%1 er frakoblet; kobler til på nytt</translation>
    </message>
    <message>
        <source>%1 must be opened before it is claimed</source>
        <translation>%1 må åpnes før enheten kan reserveres</translation>
    </message>
    <message>
        <source>%1 must be claimed before it is enabled</source>
        <translation>%1 må reserveres før enheten kan aktiveres</translation>
    </message>
    <message>
        <source>%1 cannot be reached: check its cable and power</source>
        <translation>%1 svarer ikke: sjekk kabel og strøm</translation>
    </message>
    <message>
        <source>%1: closed (%2)</source>
        <translation>%1: lukket (%2)</translation>
    </message>
    <message>
        <source>%1: open, not claimed (%2)</source>
        <translation>%1: åpen, ikke reservert (%2)</translation>
    </message>
    <message>
        <source>%1: offline (%2): %3</source>
        <translation>%1: frakoblet (%2): %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>kobler til</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: feil: %2</translation>
    </message>
    <message>
        <source>%1: online%2, %3 jobs, %4 failures (%5)</source>
        <translation>%1: tilkoblet%2, %3 jobber, %4 feil (%5)</translation>
    </message>
    <message>
        <source>, busy</source>
        <translation>, opptatt</translation>
    </message>
</context>
<context>
    <name>ok::escpos::EscPosPrinter</name>
    <message>
        <source>The printer did not confirm the receipt: check it and reprint if needed</source>
        <translation>Skriveren bekreftet ikke kvitteringen: sjekk den, og skriv ut på nytt ved behov</translation>
    </message>
    <message>
        <source>The cash drawer has been left open</source>
        <translation>Kasseskuffen står åpen</translation>
    </message>
    <message>
        <source>The printer is not connected: check its cable and power.</source>
        <translation>Skriveren er ikke tilkoblet: sjekk kabel og strøm.</translation>
    </message>
    <message>
        <source>The printer was disconnected while printing: the receipt will be printed again when it is back</source>
        <translation>Skriveren ble frakoblet under utskrift: kvitteringen skrives ut på nytt når skriveren er tilbake</translation>
    </message>
    <message>
        <source>The printer is still printing the previous receipt</source>
        <translation>Skriveren holder fortsatt på med forrige kvittering</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>Skriveren er ikke tilkoblet</translation>
    </message>
    <message>
        <source>The drawer cannot be opened: the printer it hangs on is not connected</source>
        <translation>Kasseskuffen kan ikke åpnes: skriveren den er koblet til, er ikke tilkoblet</translation>
    </message>
</context>
<context>
    <name>ok::launcher</name>
    <message>
        <source>No devices configured in %1</source>
        <translation>Ingen enheter er konfigurert i %1</translation>
    </message>
    <message>
        <source>This terminal cannot start</source>
        <translation>Denne terminalen kan ikke starte</translation>
    </message>
    <message>
        <source>No sale can be made on this terminal until an engineer fixes this. Nothing was deleted or changed. Engineers: docs/operations.md, &quot;When the terminal does not start&quot;; then restart the service (systemctl restart omnikiosk).</source>
        <translation>Det kan ikke selges på denne terminalen før en tekniker har rettet dette. Ingenting ble slettet eller endret. Teknikere: docs/operations.md, «When the terminal does not start»; start deretter tjenesten på nytt (systemctl restart omnikiosk).</translation>
    </message>
</context>
<context>
    <name>ok::locker::LockerBus</name>
    <message>
        <source>board %1 lock %2</source>
        <translation>styrekort %1 lås %2</translation>
    </message>
    <message>
        <source>Board %1 is not configured on %2</source>
        <translation>Styrekort %1 er ikke konfigurert på %2</translation>
    </message>
    <message>
        <source>Lock %1 does not exist: the boards of %2 have locks 1 to %3</source>
        <translation>Lås %1 finnes ikke: styrekortene i %2 har lås 1 til %3</translation>
    </message>
    <message>
        <source>%1 is not enabled: no door was opened</source>
        <translation>%1 er ikke aktivert: ingen dør ble åpnet</translation>
    </message>
    <message>
        <source>%1 is not connected: no door was opened</source>
        <translation>%1 er ikke tilkoblet: ingen dør ble åpnet</translation>
    </message>
    <message>
        <source>Door %1 is being opened already</source>
        <translation>Dør %1 holder allerede på å åpnes</translation>
    </message>
    <message>
        <source>Compartment %1 is not configured on %2</source>
        <translation>Luke %1 er ikke konfigurert på %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 er ikke tilkoblet</translation>
    </message>
    <message>
        <source>; %1 boards (%2)</source>
        <translation>; %1 styrekort (%2)</translation>
    </message>
    <message>
        <source>, not answering: board %1</source>
        <translation>, svarer ikke: styrekort %1</translation>
    </message>
    <message>
        <source>, %1 bad frames, %2 noise bytes</source>
        <translation>, %1 ugyldige rammer, %2 støybyte</translation>
    </message>
    <message>
        <source>Door %1 was opened without an unlock: check the locker</source>
        <translation>Dør %1 ble åpnet uten opplåsing: sjekk pakkeautomaten</translation>
    </message>
    <message>
        <source>Door %1 has been open for %2 s: please close it</source>
        <translation>Dør %1 har stått åpen i %2 s: lukk den</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 answers again</source>
        <translation>Styrekort %1 på %2 svarer igjen</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 does not answer: check its power, address and the RS-485 cable</source>
        <translation>Styrekort %1 på %2 svarer ikke: sjekk strøm, adresse og RS-485-kabelen</translation>
    </message>
    <message>
        <source>Locker board %1 did not answer within %2 ms</source>
        <translation>Styrekort %1 svarte ikke innen %2 ms</translation>
    </message>
    <message>
        <source>Locker board %1 answers, but not to the item-sensor query: set item_sensors = no if it has none</source>
        <translation>Styrekort %1 svarer, men ikke på spørringen om varesensorer: sett item_sensors = no hvis det ikke har noen</translation>
    </message>
    <message>
        <source>Door %1 was not opened: the locker is not connected</source>
        <translation>Dør %1 ble ikke åpnet: pakkeautomaten er ikke tilkoblet</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker connection was lost. Check the locker.</source>
        <translation>Ukjent om dør %1 åpnet seg: forbindelsen til pakkeautomaten ble brutt. Sjekk pakkeautomaten.</translation>
    </message>
    <message>
        <source>Door %1 opened</source>
        <translation>Dør %1 åpnet</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker stopped answering. Check the locker.</source>
        <translation>Ukjent om dør %1 åpnet seg: pakkeautomaten sluttet å svare. Sjekk pakkeautomaten.</translation>
    </message>
    <message>
        <source>Door %1 did not open: it may be jammed or blocked. Check the locker.</source>
        <translation>Dør %1 åpnet seg ikke: den kan sitte fast eller være blokkert. Sjekk pakkeautomaten.</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: locker board %2 does not answer. Check the locker.</source>
        <translation>Ukjent om dør %1 åpnet seg: styrekort %2 svarer ikke. Sjekk pakkeautomaten.</translation>
    </message>
    <message>
        <source>Door %1 did not open: the board did not confirm the unlock and the door stays shut. Check the locker.</source>
        <translation>Dør %1 åpnet seg ikke: styrekortet bekreftet ikke opplåsingen, og døren forblir lukket. Sjekk pakkeautomaten.</translation>
    </message>
</context>
<context>
    <name>ok::payment::JsonPaymentTerminal</name>
    <message>
        <source>The card terminal is still busy with the previous transaction</source>
        <translation>Betalingsterminalen er fortsatt opptatt med forrige transaksjon</translation>
    </message>
    <message>
        <source>The card terminal is not connected: take another tender or try again</source>
        <translation>Betalingsterminalen er ikke tilkoblet: velg en annen betalingsmåte eller prøv igjen</translation>
    </message>
    <message>
        <source>Invalid card transaction request</source>
        <translation>Ugyldig forespørsel om korttransaksjon</translation>
    </message>
    <message>
        <source>The card terminal is not connected: it cannot be asked yet</source>
        <translation>Betalingsterminalen er ikke tilkoblet: den kan ikke spørres ennå</translation>
    </message>
    <message>
        <source>The card terminal sent a message that is not understood</source>
        <translation>Betalingsterminalen sendte en melding som ikke ble forstått</translation>
    </message>
    <message>
        <source>The card terminal sent an oversized message</source>
        <translation>Betalingsterminalen sendte en for stor melding</translation>
    </message>
    <message>
        <source>The card terminal gave an unknown answer: check its last transaction before taking payment again</source>
        <translation>Betalingsterminalen ga et ukjent svar: sjekk siste transaksjon på terminalen før du tar betalt på nytt</translation>
    </message>
    <message>
        <source>The card terminal did not answer. Check on the terminal whether the payment went through before taking payment again.</source>
        <translation>Betalingsterminalen svarte ikke. Sjekk på terminalen om betalingen gikk gjennom før du tar betalt på nytt.</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Kortbetaling godkjent</translation>
    </message>
    <message>
        <source>Card declined: ask for another card or another tender</source>
        <translation>Kortet ble avvist: be om et annet kort eller en annen betalingsmåte</translation>
    </message>
    <message>
        <source>Card payment cancelled; nothing was charged</source>
        <translation>Kortbetalingen ble avbrutt; ingenting ble belastet</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevReader</name>
    <message>
        <source>cannot open the scanner %1: %2%3</source>
        <translation>kan ikke åpne skanneren %1: %2%3</translation>
    </message>
    <message>
        <source> (is the kiosk user in the input group? see the udev rules in packaging/)</source>
        <translation> (er kioskbrukeren med i gruppen input? se udev-reglene i packaging/)</translation>
    </message>
    <message>
        <source>cannot take the scanner exclusively (EVIOCGRAB: %1)%2; scans also reach the desktop as typing</source>
        <translation>kan ikke få eksklusiv tilgang til skanneren (EVIOCGRAB: %1)%2; skanninger når også skrivebordet som tastetrykk</translation>
    </message>
    <message>
        <source>: another program holds it</source>
        <translation>: et annet program holder den</translation>
    </message>
    <message>
        <source>reading the scanner failed: %1</source>
        <translation>lesing fra skanneren mislyktes: %1</translation>
    </message>
    <message>
        <source>the scanner&apos;s event stream ended inside a record (%1 of %2 bytes)</source>
        <translation>hendelsesstrømmen fra skanneren stoppet midt i en post (%1 av %2 byte)</translation>
    </message>
    <message>
        <source>the scanner went away in the middle of a scan; the scan was discarded</source>
        <translation>skanneren forsvant midt i en skanning; skanningen ble forkastet</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevScanner</name>
    <message>
        <source>%1 cannot be taken exclusively: its scans also arrive as typing. Close the program that holds it (%2)</source>
        <translation>Får ikke eksklusiv tilgang til %1: skanningene kommer også inn som tastetrykk. Lukk programmet som holder den (%2)</translation>
    </message>
    <message>
        <source>The scanner went away in the middle of a scan; the scan was discarded: scan again</source>
        <translation>Skanneren forsvant midt i en skanning; skanningen ble forkastet: skann på nytt</translation>
    </message>
    <message>
        <source>not exclusive: scans also arrive as typing</source>
        <translation>ikke eksklusiv: skanninger kommer også inn som tastetrykk</translation>
    </message>
</context>
<context>
    <name>ok::scanner::KeyboardDecoder</name>
    <message>
        <source>more than %1 characters without Enter: the scanner&apos;s suffix is probably not Enter</source>
        <translation>mer enn %1 tegn uten Enter: suffikset på skanneren er trolig ikke Enter</translation>
    </message>
    <message>
        <source>the kernel dropped key events during a scan (SYN_DROPPED); the scan was discarded, scan again</source>
        <translation>kjernen mistet tastehendelser under en skanning (SYN_DROPPED); skanningen ble forkastet, skann på nytt</translation>
    </message>
    <message>
        <source>Alt+keypad code %1 is not a byte (1-255)</source>
        <translation>Alt+talltastatur-koden %1 er ikke en byte (1-255)</translation>
    </message>
    <message>
        <source>%1 characters arrived without the final Enter and the scanner then paused; that scan was discarded</source>
        <translation>%1 tegn kom uten avsluttende Enter, og deretter stoppet skanneren opp; den skanningen ble forkastet</translation>
    </message>
    <message>
        <source>key code %1 with Alt held is not part of an Alt+keypad code</source>
        <translation>tastekode %1 med Alt holdt nede er ikke del av en Alt+talltastatur-kode</translation>
    </message>
    <message>
        <source>key code %1 has no character in the US keymap; the scan was discarded (check the scanner&apos;s keyboard country setting: use USA)</source>
        <translation>tastekode %1 har ikke noe tegn i det amerikanske tastaturoppsettet; skanningen ble forkastet (sjekk landinnstillingen for tastatur på skanneren: bruk USA)</translation>
    </message>
    <message>
        <source>Ctrl+%1 types no ASCII control character</source>
        <translation>Ctrl+%1 gir ikke noe ASCII-kontrolltegn</translation>
    </message>
</context>
<context>
    <name>ok::scanner::ScanParser</name>
    <message>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>contained GTIN</source>
        <translation>GTIN for innholdet</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lotnummer</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>serienummer</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>produksjonsdato</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>forfallsdato</translation>
    </message>
    <message>
        <source>packaging date</source>
        <translation>pakkedato</translation>
    </message>
    <message>
        <source>best-before date</source>
        <translation>best før-dato</translation>
    </message>
    <message>
        <source>sell-by date</source>
        <translation>siste salgsdato</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>utløpsdato</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antall</translation>
    </message>
    <message>
        <source>net weight</source>
        <translation>nettovekt</translation>
    </message>
    <message>
        <source>net weight (lb)</source>
        <translation>nettovekt (lb)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>pris</translation>
    </message>
    <message>
        <source>price with currency</source>
        <translation>pris med valuta</translation>
    </message>
    <message>
        <source>%1 (AI %2)</source>
        <translation>%1 (AI %2)</translation>
    </message>
    <message>
        <source>AI %1</source>
        <translation>AI %1</translation>
    </message>
    <message>
        <source>AI %1 (%2)</source>
        <translation>AI %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>måned %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dag %1</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date (%3)</source>
        <translation>%1: %2 er ikke en gyldig dato (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the key must be digits</source>
        <translation>%1 «%2»: nøkkelen må bestå av sifre</translation>
    </message>
    <message>
        <source>%1 %2: check digit wrong (expected %3, got %4)</source>
        <translation>%1 %2: feil kontrollsiffer (forventet %3, fikk %4)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code</source>
        <translation>%1 er ikke en ISO 3166-landkode</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (nor 999)</source>
        <translation>%1 er ikke en ISO 3166-landkode (og heller ikke 999)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 two-letter country code</source>
        <translation>«%1» er ikke en tobokstavs landkode etter ISO 3166</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 er ikke en ISO 4217-valutakode</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 «%2»: %3; dette er ikke en gyldig GS1-kode (etiketten er feil, ny skanning hjelper ikke)</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got none</source>
        <translation>AI %1 med fast lengde er avkortet: trenger %2 tegn, fikk ingen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 er tom</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>bare sifre er tillatt</translation>
    </message>
    <message>
        <source>it is not a GS1 data character</source>
        <translation>det er ikke et GS1-datategn</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 at position %4: %5</source>
        <translation>%1 «%2»: %3 i posisjon %4: %5</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>AI %1 med fast lengde er avkortet: trenger %2 tegn, fikk %3 («%4»)</translation>
    </message>
    <message>
        <source>%1 too short: needs at least %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>%1 er for kort: trenger minst %2 tegn, fikk %3 («%4»)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed (&quot;%4&quot;)</source>
        <translation>%1 er %2 tegn lang; høyst %3 er tillatt («%4»)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is cut short: it ends inside a part of %3 characters (&quot;%4&quot;)</source>
        <translation>%1 «%2» er avkortet: den slutter midt i en del på %3 tegn («%4»)</translation>
    </message>
    <message>
        <source>%1 field swallowed the %2: GS separator missing after &quot;%3&quot; (AI %4 read as &quot;%5&quot;); set the scanner to transmit GS, or configure gs_replacement</source>
        <translation>Feltet %1 slukte %2: GS-skilletegn mangler etter «%3» (AI %4 lest som «%5»); still inn skanneren til å sende GS, eller konfigurer gs_replacement</translation>
    </message>
    <message>
        <source>the GS1 scan holds no element strings</source>
        <translation>GS1-skanningen inneholder ingen elementstrenger</translation>
    </message>
    <message>
        <source>two GS separators in a row at position %1</source>
        <translation>to GS-skilletegn etter hverandre i posisjon %1</translation>
    </message>
    <message>
        <source>expected an Application Identifier at position %1, found %2</source>
        <translation>forventet en Application Identifier i posisjon %1, fant %2</translation>
    </message>
    <message>
        <source>unknown AI %1 at position %2: no GS1 Application Identifier starts with %1</source>
        <translation>ukjent AI %1 i posisjon %2: ingen GS1 Application Identifier begynner med %1</translation>
    </message>
    <message>
        <source>incomplete Application Identifier &quot;%1&quot; at position %2: the scan is cut short</source>
        <translation>ufullstendig Application Identifier «%1» i posisjon %2: skanningen er avkortet</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)%5</source>
        <translation>AI %1 med fast lengde er avkortet: trenger %2 tegn, fikk %3 («%4»)%5</translation>
    </message>
    <message>
        <source> before a GS</source>
        <translation> før et GS</translation>
    </message>
    <message>
        <source>the built-in GS1 rules cannot be read, so no GS1 code can be checked (%1); reinstall the program</source>
        <translation>de innebygde GS1-reglene kan ikke leses, så ingen GS1-kode kan kontrolleres (%1); installer programmet på nytt</translation>
    </message>
    <message>
        <source>one of %1 or %2</source>
        <translation>en av %1 eller %2</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other; this is not a valid GS1 code</source>
        <translation>%1 og %2 utelukker hverandre; dette er ikke en gyldig GS1-kode</translation>
    </message>
    <message>
        <source> with </source>
        <translation> med </translation>
    </message>
    <message>
        <source>%1 needs %2 in the same code, and the code has none; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 krever %2 i samme kode, og koden har ingen; dette er ikke en gyldig GS1-kode (etiketten er feil, ny skanning hjelper ikke)</translation>
    </message>
    <message>
        <source>unknown AI %1</source>
        <translation>ukjent AI %1</translation>
    </message>
    <message>
        <source>%1 appears twice with different data (&quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>%1 forekommer to ganger med ulike data («%2» og «%3»)</translation>
    </message>
    <message>
        <source>the scan has two %1 element strings (AI %2 and AI %3)</source>
        <translation>skanningen har to elementstrenger for %1 (AI %2 og AI %3)</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date</source>
        <translation>%1: %2 er ikke en gyldig dato</translation>
    </message>
    <message>
        <source>%1 %2 has %3 decimals of a kilogram, finer than a gram; the till weighs in whole grams</source>
        <translation>%1 %2 har %3 desimaler av et kilo, finere enn et gram; kassen veier i hele gram</translation>
    </message>
    <message>
        <source>GS1 Digital Link: %1</source>
        <translation>GS1 Digital Link: %1</translation>
    </message>
    <message>
        <source>GS1 Digital Link: bad percent-encoding in the value of AI %1 (&quot;%2&quot;)</source>
        <translation>GS1 Digital Link: ugyldig prosentkoding i verdien til AI %1 («%2»)</translation>
    </message>
    <message>
        <source>&quot;/%1/&quot; is not allowed at this place in the path after /%2/ (allowed: /22/, /10/, /21/ in this order)</source>
        <translation>«/%1/» er ikke tillatt på dette stedet i stien etter /%2/ (tillatt: /22/, /10/, /21/ i denne rekkefølgen)</translation>
    </message>
    <message>
        <source>%1 scan contains byte %2 at position %3; only digits are allowed (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>%1-skanningen inneholder byte %2 i posisjon %3; bare sifre er tillatt (sjekk grensesnitt- og tastaturinnstillingene på skanneren)</translation>
    </message>
    <message>
        <source>%1 %2 contains &apos;%3&apos; at position %4; only digits are allowed</source>
        <translation>%1 %2 inneholder «%3» i posisjon %4; bare sifre er tillatt</translation>
    </message>
    <message>
        <source>empty scan: the scanner sent no data</source>
        <translation>tom skanning: skanneren sendte ingen data</translation>
    </message>
    <message>
        <source>the scan does not start with the configured prefix &quot;%1&quot; (it starts with &quot;%2&quot;): check the scanner&apos;s prefix setting or the device&apos;s prefix key</source>
        <translation>skanningen begynner ikke med det konfigurerte prefikset «%1» (den begynner med «%2»): sjekk prefiksinnstillingen på skanneren eller nøkkelen prefix for enheten</translation>
    </message>
    <message>
        <source>the scan does not end with the configured suffix &quot;%1&quot; (it ends with &quot;%2&quot;): check the scanner&apos;s suffix setting or the device&apos;s suffix key</source>
        <translation>skanningen slutter ikke med det konfigurerte suffikset «%1» (den slutter med «%2»): sjekk suffiksinnstillingen på skanneren eller nøkkelen suffix for enheten</translation>
    </message>
    <message>
        <source>empty scan: nothing between the configured prefix and suffix</source>
        <translation>tom skanning: ingenting mellom det konfigurerte prefikset og suffikset</translation>
    </message>
    <message>
        <source>the scan has no AIM symbology identifier (&quot;]Xm&quot;) although aim = true: enable AIM identifiers in the scanner, or set aim = false</source>
        <translation>skanningen har ingen AIM-symbologiidentifikator («]Xm») selv om aim = true: slå på AIM-identifikatorer i skanneren, eller sett aim = false</translation>
    </message>
    <message>
        <source>empty scan: AIM identifier %1 and no data</source>
        <translation>tom skanning: AIM-identifikator %1 og ingen data</translation>
    </message>
    <message>
        <source>the scan starts with the AIM identifier %1 but aim = false: set aim = true for this scanner</source>
        <translation>skanningen begynner med AIM-identifikatoren %1, men aim = false: sett aim = true for denne skanneren</translation>
    </message>
    <message>
        <source>EAN with add-on has %1 digits; expected 13 + 2 or 13 + 5</source>
        <translation>EAN med tilleggskode har %1 sifre; forventet 13 + 2 eller 13 + 5</translation>
    </message>
    <message>
        <source>UPC-E %1 must start with number system 0 or 1</source>
        <translation>UPC-E %1 må begynne med tallsystem 0 eller 1</translation>
    </message>
    <message>
        <source>EAN/UPC scan has %1 digits; expected 13 (EAN-13), 12 (UPC-A) or 8 (UPC-E)</source>
        <translation>EAN/UPC-skanningen har %1 sifre; forventet 13 (EAN-13), 12 (UPC-A) eller 8 (UPC-E)</translation>
    </message>
    <message>
        <source>EAN-8 scan has %1 digits; expected 8</source>
        <translation>EAN-8-skanningen har %1 sifre; forventet 8</translation>
    </message>
    <message>
        <source>in-store code %1: price verifier digit wrong (expected %2, got %3) for value %4; rescan, or check the layout &quot;%5&quot;</source>
        <translation>butikkintern kode %1: feil kontrollsiffer for pris (forventet %2, fikk %3) for verdien %4; skann på nytt, eller sjekk oppsettet «%5»</translation>
    </message>
    <message>
        <source>GS1 scan contains byte %1 at position %2, which GS1 data never holds (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>GS1-skanningen inneholder byte %1 i posisjon %2, som aldri forekommer i GS1-data (sjekk grensesnitt- og tastaturinnstillingene på skanneren)</translation>
    </message>
    <message>
        <source>the scan contains the control byte %1 at position %2 (check the scanner&apos;s interface settings and prefix/suffix)</source>
        <translation>skanningen inneholder kontrollbyte %1 i posisjon %2 (sjekk grensesnittinnstillingene og prefiks/suffiks på skanneren)</translation>
    </message>
    <message>
        <source>the scan is not valid UTF-8 text (bytes &quot;%1&quot;): check the scanner&apos;s character encoding and keyboard settings</source>
        <translation>skanningen er ikke gyldig UTF-8-tekst (byte «%1»): sjekk tegnkoding og tastaturinnstillinger på skanneren</translation>
    </message>
    <message>
        <source>scanner configuration: %1</source>
        <translation>skannerkonfigurasjon: %1</translation>
    </message>
</context>
<context>
    <name>ok::scanner::ScanResult</name>
    <message>
        <source>no AIM identifier</source>
        <translation>ingen AIM-identifikator</translation>
    </message>
    <message>
        <source>GTIN %1</source>
        <translation>GTIN %1</translation>
    </message>
    <message>
        <source>add-on %1</source>
        <translation>tilleggskode %1</translation>
    </message>
    <message>
        <source>GS1 %1</source>
        <translation>GS1 %1</translation>
    </message>
    <message>
        <source>GS1 Digital Link %1</source>
        <translation>GS1 Digital Link %1</translation>
    </message>
    <message>
        <source>in-store code, item %1, weight %2 kg</source>
        <translation>butikkintern kode, vare %1, vekt %2 kg</translation>
    </message>
    <message>
        <source>in-store code, item %1, price %2</source>
        <translation>butikkintern kode, vare %1, pris %2</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; (%2 characters)</source>
        <translation>tekst «%1» (%2 tegn)</translation>
    </message>
</context>
<context>
    <name>ok::scanner::SerialScanner</name>
    <message>
        <source>An incomplete scan was dropped: scan again</source>
        <translation>En ufullstendig skanning ble forkastet: skann på nytt</translation>
    </message>
    <message>
        <source>The scanner sent more data than any barcode holds: check its suffix setting</source>
        <translation>Skanneren sendte mer data enn noen strekkode kan inneholde: sjekk suffiksinnstillingen</translation>
    </message>
</context>
<context>
    <name>ok::services::SyncService</name>
    <message>
        <source>No live answer from the central service: %1</source>
        <translation>Fikk ikke sanntidssvar fra sentralsystemet: %1</translation>
    </message>
    <message>
        <source>The central service cannot be reached right now.</source>
        <translation>Sentralsystemet kan ikke nås akkurat nå.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Sentralsystemet svarte ikke i tide.</translation>
    </message>
</context>
<context>
    <name>ok::sync</name>
    <message>
        <source>The central service&apos;s certificate is not trusted (%1). Nothing was sent. Check [central] ca_file and url.</source>
        <translation>Sertifikatet til sentralsystemet er ikke klarert (%1). Ingenting ble sendt. Kontroller [central] ca_file og url.</translation>
    </message>
    <message>
        <source>The central service&apos;s key does not match the pinned key. Nothing was sent. If the server key was rotated, add the new pin to [central] pins.</source>
        <translation>Nøkkelen til sentralsystemet stemmer ikke med den festede nøkkelen. Ingenting ble sendt. Hvis servernøkkelen er byttet, legg den nye pinnen til i [central] pins.</translation>
    </message>
    <message>
        <source>This terminal&apos;s client certificate cannot be used (%1). Check [central] client_cert and client_key.</source>
        <translation>Klientsertifikatet til denne terminalen kan ikke brukes (%1). Kontroller [central] client_cert og client_key.</translation>
    </message>
    <message>
        <source>The secure connection to the central service failed (%1).</source>
        <translation>Den sikre forbindelsen til sentralsystemet mislyktes (%1).</translation>
    </message>
    <message>
        <source>The sync address uses a protocol that is not allowed (%1). Use https://, or set [central] allow_plain_http for development only.</source>
        <translation>Synkroniseringsadressen bruker en protokoll som ikke er tillatt (%1). Bruk https://, eller sett [central] allow_plain_http kun for utvikling.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Sentralsystemet svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>Sentralsystemet kan ikke nås (%1).</translation>
    </message>
    <message>
        <source>The central service sent more than %1 MiB in one answer; it was refused.</source>
        <translation>Sentralsystemet sendte mer enn %1 MiB i ett svar; svaret ble avvist.</translation>
    </message>
    <message>
        <source>The central service sent an answer that cannot be used (%1); nothing of it was applied.</source>
        <translation>Sentralsystemet sendte et svar som ikke kan brukes (%1); ingenting av det ble tatt i bruk.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The central service does not accept this terminal&apos;s token: enrol the terminal again (%1).</source>
        <translation>Sentralsystemet godtar ikke tokenet til denne terminalen: registrer terminalen på nytt (%1).</translation>
    </message>
    <message>
        <source>This terminal is not enrolled: ask the central admin for an enrolment code and set enrolment_code in the [central] section.</source>
        <translation>Denne terminalen er ikke registrert: be sentraladministratoren om en registreringskode og sett enrolment_code i [central]-seksjonen.</translation>
    </message>
</context>
<context>
    <name>ok::ticketdraft</name>
    <message>
        <source>The saved basket could not be read; it was kept in the ledger for staff</source>
        <translation>Den lagrede handlekurven kunne ikke leses; den er tatt vare på i journalen for de ansatte</translation>
    </message>
    <message>
        <source>The saved basket has an invalid line (%1)</source>
        <translation>Den lagrede handlekurven har en ugyldig linje (%1)</translation>
    </message>
    <message>
        <source>The saved basket could not be restored line by line</source>
        <translation>Den lagrede handlekurven kunne ikke gjenopprettes linje for linje</translation>
    </message>
</context>
</TS>
