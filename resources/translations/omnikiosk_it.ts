<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Autorizzazione richiesta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Autorizza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>CashMenu</name>
    <message>
        <source>Cash</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Scontrini</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Chiusura giornata</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Versamento</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Contanti messi nel cassetto</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Prelievo</translation>
    </message>
    <message>
        <source>Cash taken from the drawer (bank, safe, petty cash)</source>
        <translation>Contanti prelevati dal cassetto (banca, cassaforte, piccola cassa)</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>Apri cassetto (senza vendita)</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>apertura cassetto</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>Stampa lettura X</translation>
    </message>
    <message>
        <source>%1 · receipt %2 · %3 · %4</source>
        <translation>%1 · scontrino %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Ristampa (copia)</translation>
    </message>
    <message>
        <source>Count the drawer. The till compares your count with what it expects only after you confirm.</source>
        <translation>Conta il contenuto del cassetto. La cassa confronta il tuo conteggio con l&apos;importo atteso solo dopo la conferma.</translation>
    </message>
    <message>
        <source>Close the day and print the Z report</source>
        <translation>Chiudi la giornata e stampa la chiusura Z</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Scan the loyalty card, or type phone or e-mail</source>
        <translation>Scansiona la carta fedeltà o digita telefono o e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Carta %1 · %2</translation>
    </message>
    <message>
        <source>Web order number, e.g. W200001</source>
        <translation>Numero dell&apos;ordine online, es. W200001</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Orders in every channel</source>
        <translation>Ordini su tutti i canali</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Open an order by its number or from the customer&apos;s list to collect it here or return it here.</source>
        <translation>Apri un ordine con il suo numero o dall&apos;elenco del cliente per il ritiro o il reso in questo negozio.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · paid %2 (%3)</source>
        <translation>%1 · pagato %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>resi: %1</translation>
    </message>
    <message>
        <source>Return, refund %1</source>
        <translation>Reso, rimborso %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Collect in this store instead</source>
        <translation>Passa al ritiro in questo negozio</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Counted: %1</source>
        <translation>Totale contato: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>No devices are configured. Add [device.NAME] sections to the configuration file (see docs/devices.md).</source>
        <translation>Nessun dispositivo configurato. Aggiungi le sezioni [device.NAME] al file di configurazione (vedi docs/devices.md).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Stampa di prova</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Apri cassetto</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Apri sportello</translation>
    </message>
    <message>
        <source>No compartments configured (key compartments)</source>
        <translation>Nessun vano configurato (chiave compartments)</translation>
    </message>
    <message>
        <source>Scan any code: it appears under Scanner test.</source>
        <translation>Scansiona un codice qualsiasi: compare in Test scanner.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Coda di stampa</translation>
    </message>
    <message>
        <source>%1 to decide</source>
        <translation>%1 da verificare</translation>
    </message>
    <message>
        <source>No receipt printer is configured.</source>
        <translation>Nessuna stampante scontrini configurata.</translation>
    </message>
    <message>
        <source>Nothing waits to be printed.</source>
        <translation>Nessuna stampa in attesa.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
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
        <translation>%1 (%2 tentativi)</translation>
    </message>
    <message>
        <source>It printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <source>Reprint as copy</source>
        <translation>Ristampa come copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Test scanner</translation>
    </message>
    <message>
        <source>No scanner device is configured. Keyboard-wedge scanners without a device section type into the window instead.</source>
        <translation>Nessuno scanner configurato. Gli scanner in emulazione tastiera senza una sezione dispositivo scrivono direttamente nella finestra.</translation>
    </message>
    <message>
        <source>Scan any code with any scanner: it shows here with what it means.</source>
        <translation>Scansiona un codice qualsiasi con uno scanner qualsiasi: compare qui con il suo significato.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Scan any product to check its price and stock</source>
        <translation>Scansioni un prodotto per verificarne prezzo e disponibilità</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Ring up sales, returns, cash drawer</source>
        <translation>Vendite, resi e cassetto</translation>
    </message>
    <message>
        <source>%1 is signed in</source>
        <translation>%1 ha effettuato l&apos;accesso</translation>
    </message>
    <message>
        <source>Staff PIN or badge</source>
        <translation>PIN o badge del personale</translation>
    </message>
    <message>
        <source>Collect an order</source>
        <translation>Ritiro in negozio</translation>
    </message>
    <message>
        <source>Scan or type your pickup code</source>
        <translation>Scansioni o digiti il codice di ritiro</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Price and stock here, in other stores and the warehouse</source>
        <translation>Prezzi e disponibilità qui, negli altri negozi e nel magazzino centrale</translation>
    </message>
    <message>
        <source>%L1 products</source>
        <translation>%L1 prodotti</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Banco clienti</translation>
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
        <translation>Omnikiosk — %1 · postazione %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Ordini con ritiro in negozio</translation>
    </message>
    <message>
        <source>Customer at the counter for order %1</source>
        <translation>Cliente al banco per l&apos;ordine %1</translation>
    </message>
    <message>
        <source>Locker door needs attention: %1</source>
        <translation>Sportello dell&apos;armadietto da controllare: %1</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Banco clienti</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Order number, name or pickup code</source>
        <translation>Numero d&apos;ordine, nome o codice di ritiro</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Awaiting loading</source>
        <translation>In attesa di caricamento</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Pronto nell&apos;armadietto</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Pronto al banco</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Scegli un ordine</translation>
    </message>
    <message>
        <source>Collect until %1 · parcels: %2</source>
        <translation>Ritiro entro %1 · colli: %2</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non ritirati</translation>
    </message>
    <message>
        <source>ID checked:</source>
        <translation>Documento verificato:</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Carta d&apos;identità</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passaporto</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Patente di guida</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Compartments</source>
        <translation>Vani</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Accessibile</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>Open and load</source>
        <translation>Apri e carica</translation>
    </message>
    <message>
        <source>Keep at the counter</source>
        <translation>Tieni al banco</translation>
    </message>
    <message>
        <source>Take back to stock</source>
        <translation>Rimetti in giacenza</translation>
    </message>
    <message>
        <source>Extend 3 days</source>
        <translation>Proroga di 3 giorni</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Unlock after wrong codes</source>
        <translation>Sblocca dopo codici errati</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Apri sportello</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Ordini con ritiro in negozio</translation>
    </message>
    <message>
        <source>Any door:</source>
        <translation>Qualsiasi sportello:</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Indietro</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Caratteri grandi</translation>
    </message>
    <message>
        <source>Collect your order</source>
        <translation>Ritiri il suo ordine</translation>
    </message>
    <message>
        <source>Hold the QR code from your message under the scanner, or type your pickup code.</source>
        <translation>Tenga il codice QR del messaggio sotto lo scanner oppure digiti il codice di ritiro.</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Digiti il codice</translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Il suo codice di ritiro</translation>
    </message>
    <message>
        <source>Open my locker</source>
        <translation>Apra l&apos;armadietto</translation>
    </message>
    <message numerus="yes">
        <source>Hello %1 · %n item(s)</source>
        <translation>
            <numerusform>Buongiorno %1 · %n articolo</numerusform>
            <numerusform>Buongiorno %1 · %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening door %1 …</source>
        <translation>Apertura dello sportello %1 …</translation>
    </message>
    <message>
        <source>Door %1 is open. Take your order and close the door.</source>
        <translation>Lo sportello %1 è aperto. Prenda il suo ordine e chiuda lo sportello.</translation>
    </message>
    <message>
        <source>Thank you! Enjoy your order.</source>
        <translation>Grazie! Si goda il suo acquisto.</translation>
    </message>
    <message>
        <source>Your order is waiting at the counter. A member of staff is on the way.</source>
        <translation>Il suo ordine la aspetta al banco. Un addetto sta arrivando.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Opening doors %1 …</source>
        <translation>Apertura degli sportelli %1 …</translation>
    </message>
    <message>
        <source>Doors %1 are open. Take your order and close the doors.</source>
        <translation>Gli sportelli %1 sono aperti. Prenda il suo ordine e chiuda gli sportelli.</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <source>Select a product to see its stock everywhere</source>
        <translation>Selezioni un prodotto per vederne la disponibilità ovunque</translation>
    </message>
    <message>
        <source>Barcode %1 · %2 · VAT %3</source>
        <translation>Codice a barre %1 · %2 · IVA %3</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation>%1 (questo negozio)</translation>
    </message>
    <message>
        <source>%1: %2 available</source>
        <translation>%1: disponibili %2</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>on hand %1 · reserved %2 · in transit %3</source>
        <translation>giacenza %1 · riservato %2 · in transito %3</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Metti da parte…</translation>
    </message>
    <message>
        <source>Order…</source>
        <translation>Ordina…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Conta…</translation>
    </message>
    <message>
        <source>Staff with the permission sign in (Store desk) to hold, order or count.</source>
        <translation>Per mettere da parte, ordinare o contare accede un addetto autorizzato (Banco clienti).</translation>
    </message>
</context>
<context>
    <name>ProductLookupPage</name>
    <message>
        <source>Type a name, SKU or barcode — or scan</source>
        <translation>Digiti nome, SKU o codice a barre — oppure scansioni</translation>
    </message>
    <message>
        <source>%1 · in store: %2</source>
        <translation>%1 · in negozio: %2</translation>
    </message>
    <message>
        <source>Start typing or scan a barcode.
Search ignores accents: “zolc” finds “Żółć”.</source>
        <translation>Inizi a digitare o scansioni un codice a barre.
La ricerca ignora gli accenti: “caffe” trova “Caffè”.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossibile creare la cartella dei dati %1</translation>
    </message>
    <message>
        <source>cannot restrict the data directory %1 to its owner (mode 0700)</source>
        <translation>impossibile limitare la cartella dei dati %1 al solo proprietario (modalità 0700)</translation>
    </message>
    <message>
        <source>[store] currency %1 is not supported</source>
        <translation>[store] currency: la valuta %1 non è supportata</translation>
    </message>
    <message>
        <source>Sync has stopped</source>
        <translation>La sincronizzazione si è interrotta</translation>
    </message>
    <message>
        <source>the shell (%1) did not load</source>
        <translation>l&apos;interfaccia (%1) non è stata caricata</translation>
    </message>
    <message>
        <source>Main.qml did not create a window</source>
        <translation>Main.qml non ha creato una finestra</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation>Con scontrino</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Senza scontrino</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code or type its number</source>
        <translation>Scansiona il codice QR dello scontrino o digitane il numero</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>sold %1 · paid %2 · left %3</source>
        <translation>venduto %1 · pagato %2 · restituibile %3</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Codice prodotto</translation>
    </message>
    <message>
        <source>How many (kg for weighed goods)</source>
        <translation>Quantità (kg per i prodotti a peso)</translation>
    </message>
    <message>
        <source>Price paid (empty: today&apos;s price)</source>
        <translation>Prezzo pagato (se vuoto: prezzo attuale)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Reso senza scontrino</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Scontrino in corso: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Tap a line first</source>
        <translation>Prima tocca una riga</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Sconto riga (%)</translation>
    </message>
    <message>
        <source>0 removes the discount</source>
        <translation>0 rimuove lo sconto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Drawer open</source>
        <translation>Cassetto aperto</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Receipt %1 was saved but never printed. Tap to print it (the sale is not rung again).</source>
        <translation>Lo scontrino %1 è stato salvato ma non stampato. Tocca per stamparlo (la vendita non viene registrata di nuovo).</translation>
    </message>
    <message>
        <source>Scan an item or search on the right</source>
        <translation>Scansiona un articolo o cerca a destra</translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Sconti %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Search name or code (F2)</source>
        <translation>Cerca nome o codice (F2)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso di %1</translation>
    </message>
    <message>
        <source>kg, e.g. 0.750</source>
        <translation>kg, es. 0,750</translation>
    </message>
    <message>
        <source>Quantity
F6</source>
        <translation>Quantità
F6</translation>
    </message>
    <message>
        <source>Discount
F7</source>
        <translation>Sconto
F7</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nuovo prezzo</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>Serve l&apos;autorizzazione del capoturno</translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation>Storna riga
F8</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Sconto su scontrino</translation>
    </message>
    <message>
        <source>Discount on the whole ticket %</source>
        <translation>Sconto sull&apos;intero scontrino (%)</translation>
    </message>
    <message>
        <source>0 removes it</source>
        <translation>0 lo rimuove</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Park
F9</source>
        <translation>Sospendi
F9</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>Sospesi (%1)</translation>
    </message>
    <message>
        <source>Return
F10</source>
        <translation>Reso
F10</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Annulla vendita</translation>
    </message>
    <message>
        <source>Cash · reports
F12</source>
        <translation>Cassa · report
F12</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>F2 search · F4 pay · F6 quantity · F7 discount · F8 void line · F9 park · F10 return · F12 cash</source>
        <translation>F2 cerca · F4 incassa · F6 quantità · F7 sconto · F8 storna riga · F9 sospendi · F10 reso · F12 cassa</translation>
    </message>
    <message>
        <source>PAY BACK %1  (F4)</source>
        <translation>RIMBORSA %1  (F4)</translation>
    </message>
    <message>
        <source>PAY %1  (F4)</source>
        <translation>INCASSA %1  (F4)</translation>
    </message>
    <message>
        <source>Parked tickets</source>
        <translation>Scontrini sospesi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Card on this sale</source>
        <translation>Associa la carta alla vendita</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open the shift</source>
        <translation>Apri il turno</translation>
    </message>
    <message>
        <source>%1, count the float you put in the drawer.</source>
        <translation>%1, conta il fondo cassa che metti nel cassetto.</translation>
    </message>
    <message>
        <source>Open shift with %1</source>
        <translation>Apri il turno con %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Chi è alla cassa?</translation>
    </message>
    <message>
        <source>This badge is not a staff member of this store</source>
        <translation>Questo badge non appartiene al personale di questo negozio</translation>
    </message>
    <message>
        <source>Tap your name or scan your staff badge</source>
        <translation>Tocca il tuo nome o scansiona il tuo badge</translation>
    </message>
    <message>
        <source>No staff accounts yet: they arrive with the first sync from head office.</source>
        <translation>Non ci sono ancora account del personale: arriveranno con la prima sincronizzazione dalla sede centrale.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Scegli il tuo nome</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>%1: staff only</source>
        <translation>%1: riservato al personale</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Riservato al personale</translation>
    </message>
    <message>
        <source>%1, your role (%2) may not open this screen. Ask a supervisor.</source>
        <translation>%1, il tuo ruolo (%2) non consente di aprire questa schermata. Chiedi a un capoturno.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
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
        <translation>Postazione %1</translation>
    </message>
    <message>
        <source>● Local cache only</source>
        <translation>● Solo cache locale</translation>
    </message>
    <message>
        <source>● Online · sending %1</source>
        <translation>● Online · %1 in invio</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline · %1 to send</source>
        <translation>● Offline · %1 da inviare</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message>
        <source>DEV: plain HTTP</source>
        <translation>DEV: HTTP non cifrato</translation>
    </message>
    <message>
        <source>No devices configured</source>
        <translation>Nessun dispositivo configurato</translation>
    </message>
    <message>
        <source>Devices %1/%2 online</source>
        <translation>Dispositivi online: %1/%2</translation>
    </message>
    <message>
        <source>Language of my screens</source>
        <translation>Lingua delle mie schermate</translation>
    </message>
</context>
<context>
    <name>StockActionDialog</name>
    <message>
        <source>Hold %1 for a customer</source>
        <translation>Metti da parte %1 per un cliente</translation>
    </message>
    <message>
        <source>Order %1 from another location</source>
        <translation>Ordina %1 da un&apos;altra sede</translation>
    </message>
    <message>
        <source>Count %1 here</source>
        <translation>Conta %1 in questo negozio</translation>
    </message>
    <message>
        <source>Available here: %1. The hold lowers it at once, here and for the web shop.</source>
        <translation>Disponibili qui: %1. La messa da parte li riduce subito, qui e nel negozio online.</translation>
    </message>
    <message>
        <source>The request goes through the central service (queued while offline). Sent to this store, it becomes a click-and-collect order when it arrives.</source>
        <translation>La richiesta passa dal sistema centrale (resta in coda se offline). Se inviata a questo negozio, all&apos;arrivo diventa un ordine con ritiro in negozio.</translation>
    </message>
    <message>
        <source>The system shows %1 on hand. Count every piece on the shelf and in the back room and enter the total.</source>
        <translation>Il sistema indica una giacenza di %1. Conta tutti i pezzi sullo scaffale e nel retro e inserisci il totale.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contati</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Customer&apos;s name, for the shelf label</source>
        <translation>Nome del cliente, per l&apos;etichetta sullo scaffale</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Questo negozio</translation>
    </message>
    <message>
        <source>The customer&apos;s home</source>
        <translation>Domicilio del cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Street, number, postcode, city</source>
        <translation>Via, numero civico, CAP, città</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Metti da parte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordina</translation>
    </message>
    <message>
        <source>Send count</source>
        <translation>Invia conteggio</translation>
    </message>
</context>
<context>
    <name>StoreDeskPage</name>
    <message>
        <source>Store desk</source>
        <translation>Banco clienti</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Holds and requests</source>
        <translation>Messe da parte e richieste</translation>
    </message>
    <message>
        <source>Active holds</source>
        <translation>Articoli messi da parte</translation>
    </message>
    <message>
        <source>No active holds</source>
        <translation>Nessun articolo messo da parte</translation>
    </message>
    <message>
        <source>%1 × %2 for %3, until %4 (%5)</source>
        <translation>%1 × %2 per %3, fino al %4 (%5)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Venduto</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>Annulla messa da parte</translation>
    </message>
    <message>
        <source>Orders, counts and web actions made here</source>
        <translation>Ordini, conteggi e operazioni su ordini online fatti qui</translation>
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
        <translation>Sincronizzazione con il sistema centrale</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>In attesa di invio</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nessun evento</translation>
    </message>
    <message>
        <source>%1, the oldest for %2</source>
        <translation>%1, il più vecchio da %2</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Ultimo invio</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Ultima ricezione</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Orologio</translation>
    </message>
    <message>
        <source>%1: set this terminal&apos;s clock (nothing is decided by it)</source>
        <translation>%1: regola l&apos;orologio di questa postazione (non viene usato per alcuna decisione)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flussi</translation>
    </message>
    <message>
        <source>Refused by the central service</source>
        <translation>Rifiutati dal sistema centrale</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>Nessun evento rifiutato.</translation>
    </message>
    <message>
        <source>These events were not applied centrally; they stay here until they are accepted. Fix what the reason says, then send the event again.</source>
        <translation>Questi eventi non sono stati applicati dal sistema centrale; restano qui finché non vengono accettati. Correggi quanto indicato nel motivo, poi invia di nuovo l&apos;evento.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · attempts: %2</source>
        <translation>%1 · tentativi: %2</translation>
    </message>
    <message>
        <source>Another event was sent under the same id: report this to support before sending it again.</source>
        <translation>Con lo stesso id è stato inviato un altro evento: segnalalo all&apos;assistenza prima di inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Pay back</source>
        <translation>Da rimborsare</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>In contanti: %1</translation>
    </message>
    <message>
        <source> · change %1</source>
        <translation> · resto %1</translation>
    </message>
    <message>
        <source>Waiting for the card terminal… %1</source>
        <translation>In attesa del POS… %1</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Annulla pagamento carta</translation>
    </message>
    <message>
        <source>Check card payment</source>
        <translation>Verifica pagamento carta</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Torna agli articoli</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Pay back in cash</source>
        <translation>Rimborsa in contanti</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carta %1</translation>
    </message>
    <message>
        <source>Refund to card</source>
        <translation>Rimborsa su carta</translation>
    </message>
    <message>
        <source>Card, whole amount</source>
        <translation>Carta, importo intero</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>Punti per %1</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Punti (%1)</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>less than a minute</source>
        <translation>meno di un minuto</translation>
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
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 fa)</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalController</name>
    <message>
        <source>Choose who approves</source>
        <translation>Scegli chi autorizza</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalGate</name>
    <message>
        <source>Nothing is waiting for an approval</source>
        <translation>Nessuna operazione in attesa di autorizzazione</translation>
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
        <translation>Reso, riga scontrino %1</translation>
    </message>
</context>
<context>
    <name>ok::CashController</name>
    <message>
        <source>check the numbers</source>
        <translation>controlla i numeri</translation>
    </message>
    <message>
        <source>Counts are whole numbers of notes and coins</source>
        <translation>I conteggi devono essere numeri interi di banconote e monete</translation>
    </message>
    <message>
        <source>Shift open with a float of %1</source>
        <translation>Turno aperto con un fondo cassa di %1</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. 100</source>
        <translation>Inserisci un importo, es. 100</translation>
    </message>
    <message>
        <source>X report printed</source>
        <translation>Lettura X stampata</translation>
    </message>
    <message>
        <source>The copy is printing</source>
        <translation>Stampa della copia in corso</translation>
    </message>
    <message>
        <source>return</source>
        <translation>reso</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vendita</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 over.</source>
        <translation>Giornata chiusa: chiusura Z %1 stampata. Contato %2, atteso %3: eccedenza di %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 short.</source>
        <translation>Giornata chiusa: chiusura Z %1 stampata. Contato %2, atteso %3: ammanco di %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, as expected.</source>
        <translation>Giornata chiusa: chiusura Z %1 stampata. Contato %2, come atteso.</translation>
    </message>
</context>
<context>
    <name>ok::CashDesk</name>
    <message>
        <source>No receipt printer: the report is saved and was sent to head office</source>
        <translation>Nessuna stampante scontrini: il report è stato salvato e inviato alla sede centrale</translation>
    </message>
    <message>
        <source>Open a shift first</source>
        <translation>Prima apri un turno</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Nessun turno aperto</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Lettura X</translation>
    </message>
    <message>
        <source>Finish, park or void the open ticket before closing the day</source>
        <translation>Prima di chiudere la giornata concludi, sospendi o annulla lo scontrino in corso</translation>
    </message>
    <message>
        <source>The count has a negative or impossible number</source>
        <translation>Il conteggio contiene un numero negativo o non valido</translation>
    </message>
    <message>
        <source>The count differs from what the till expects by more than the limit. Count again, or a manager accepts it with a reason.</source>
        <translation>Il conteggio si discosta dall&apos;importo atteso dalla cassa oltre il limite consentito. Ripeti il conteggio, oppure fallo accettare da un responsabile del negozio indicando un motivo.</translation>
    </message>
    <message>
        <source>A manager accepting a count difference must give a reason</source>
        <translation>Il responsabile del negozio che accetta una differenza di cassa deve indicare un motivo</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Chiusura Z %1</translation>
    </message>
</context>
<context>
    <name>ok::CashDrawerService</name>
    <message>
        <source>No cash drawer is configured (it hangs on the receipt printer)</source>
        <translation>Nessun cassetto configurato (va collegato alla stampante scontrini)</translation>
    </message>
    <message>
        <source>The cash drawer hangs on a receipt printer</source>
        <translation>Il cassetto è collegato a una stampante scontrini</translation>
    </message>
    <message>
        <source>This printer has no cash drawer</source>
        <translation>Questa stampante non ha un cassetto collegato</translation>
    </message>
    <message>
        <source>A drawer opening needs the person who asked for it</source>
        <translation>Per aprire il cassetto occorre indicare chi lo richiede</translation>
    </message>
    <message>
        <source>The drawer was not opened: the journal could not be written (%1)</source>
        <translation>Il cassetto non è stato aperto: impossibile scrivere nel registro (%1)</translation>
    </message>
</context>
<context>
    <name>ok::CatalogService</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Il catalogo prodotti non è disponibile.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Ricerca non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>ok::CustomerController</name>
    <message>
        <source>Back to the original payment</source>
        <translation>Sul pagamento originale</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Credito negozio</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>%1 points (worth %2)</source>
        <translation>%1 punti (pari a %2)</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Credito negozio %1</translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation>Pagato, in preparazione</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>To collect in store</source>
        <translation>Da ritirare in negozio</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Negozio online</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <source>Delivery to the customer&apos;s home</source>
        <translation>Consegna a domicilio</translation>
    </message>
    <message>
        <source>Collect in store %1</source>
        <translation>Ritiro nel negozio %1</translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation>Ricerca del cliente…</translation>
    </message>
    <message>
        <source>No customer with that card, phone number or e-mail address</source>
        <translation>Nessun cliente con questa carta, numero di telefono o indirizzo e-mail</translation>
    </message>
    <message>
        <source>%1 customers match: choose one</source>
        <translation>%1 clienti corrispondono: scegline uno</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Ricerca dell&apos;ordine…</translation>
    </message>
    <message>
        <source>Order %1 will be collected here: the central service confirms it and it appears among the click-and-collect orders.</source>
        <translation>L&apos;ordine %1 sarà ritirato qui: il sistema centrale lo conferma e compare tra gli ordini con ritiro in negozio.</translation>
    </message>
    <message>
        <source>%1&apos;s loyalty card is on the sale: it earns points.</source>
        <translation>Carta fedeltà di %1 associata alla vendita: accumula punti.</translation>
    </message>
    <message>
        <source>Enter the amount to pay with points</source>
        <translation>Inserisci l&apos;importo da pagare con i punti</translation>
    </message>
    <message>
        <source>%1 has only %2 points</source>
        <translation>%1 ha solo %2 punti</translation>
    </message>
    <message>
        <source>Returned: %1 becomes the customer&apos;s store credit once the central service has the return; the web shop shows it.</source>
        <translation>Reso registrato: %1 diventa credito negozio del cliente quando il sistema centrale riceve il reso; il negozio online lo mostra.</translation>
    </message>
    <message>
        <source>Returned: %1 goes back to the original payment once the central service has the return; the web shop shows it.</source>
        <translation>Reso registrato: %1 viene rimborsato sul pagamento originale quando il sistema centrale riceve il reso; il negozio online lo mostra.</translation>
    </message>
    <message>
        <source>card online</source>
        <translation>carta online</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>credito negozio</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punti</translation>
    </message>
</context>
<context>
    <name>ok::CustomerDesk</name>
    <message>
        <source>Customers are looked up at the central service, and this terminal has none configured</source>
        <translation>I clienti si cercano nel sistema centrale, ma questa postazione non ne ha uno configurato</translation>
    </message>
    <message>
        <source>Scan the loyalty card, or type a phone number or an e-mail address</source>
        <translation>Scansiona la carta fedeltà o digita un numero di telefono o un indirizzo e-mail</translation>
    </message>
    <message>
        <source>Type the web order number as on the customer&apos;s confirmation, e.g. W200001</source>
        <translation>Digita il numero dell&apos;ordine online come appare nella conferma del cliente, es. W200001</translation>
    </message>
    <message>
        <source>Only a paid order that has not left for the customer&apos;s home can be collected here</source>
        <translation>Qui si può ritirare solo un ordine pagato e non ancora spedito al domicilio del cliente</translation>
    </message>
    <message>
        <source>The order was paid in %1: it can be collected only in a store that sells in %1</source>
        <translation>L&apos;ordine è stato pagato in %1: si può ritirare solo in un negozio che vende in %1</translation>
    </message>
    <message>
        <source>The order has no line %1</source>
        <translation>L&apos;ordine non ha la riga %1</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be returned</source>
        <translation>Riga %1: si possono rendere al massimo %2 pezzi</translation>
    </message>
    <message>
        <source>Choose what the customer returns</source>
        <translation>Scegli cosa rende il cliente</translation>
    </message>
    <message>
        <source>This store does not refund web orders that way</source>
        <translation>Questo negozio non rimborsa gli ordini online in questo modo</translation>
    </message>
    <message>
        <source>The order was paid in %1: return it in a store that sells in %1</source>
        <translation>L&apos;ordine è stato pagato in %1: fai il reso in un negozio che vende in %1</translation>
    </message>
    <message>
        <source>The order has not reached the customer yet: nothing to return</source>
        <translation>L&apos;ordine non è ancora arrivato al cliente: niente da rendere</translation>
    </message>
    <message>
        <source>Points cannot be paid with while the central service is out of reach: the balance could be spent twice. Take another payment; the sale still earns points.</source>
        <translation>Non si può pagare con i punti mentre il sistema centrale non è raggiungibile: il saldo potrebbe essere speso due volte. Usa un altro pagamento; la vendita accumula comunque punti.</translation>
    </message>
    <message>
        <source>Enter the points to pay with</source>
        <translation>Inserisci i punti da usare per pagare</translation>
    </message>
</context>
<context>
    <name>ok::DeviceManager</name>
    <message>
        <source>Test print %1 printed</source>
        <translation>Stampa di prova %1 eseguita</translation>
    </message>
    <message>
        <source>Test print %1 waits for the printer: %2</source>
        <translation>Stampa di prova %1 in attesa della stampante: %2</translation>
    </message>
    <message>
        <source>Test print %1 may not have printed: %2</source>
        <translation>La stampa di prova %1 potrebbe non essere uscita: %2</translation>
    </message>
    <message>
        <source>A receipt may not have printed: check the printer and its queue on the device screen</source>
        <translation>Uno scontrino potrebbe non essere stato stampato: controlla la stampante e la sua coda nella schermata Dispositivi</translation>
    </message>
    <message>
        <source>%1 (%2): not available: %3</source>
        <translation>%1 (%2): non disponibile: %3</translation>
    </message>
    <message>
        <source>print queue: %1 waiting, %2 uncertain</source>
        <translation>coda di stampa: %1 in attesa, %2 con esito incerto</translation>
    </message>
    <message>
        <source>No receipt printer configured</source>
        <translation>Nessuna stampante scontrini configurata</translation>
    </message>
    <message>
        <source>Receipt printer offline: receipts wait in the queue</source>
        <translation>Stampante scontrini offline: gli scontrini restano in coda</translation>
    </message>
    <message>
        <source>Receipt printer: %1 Receipts wait in the queue.</source>
        <translation>Stampante scontrini: %1 Gli scontrini restano in coda.</translation>
    </message>
</context>
<context>
    <name>ok::DeviceTests</name>
    <message>
        <source>This device is not a receipt printer</source>
        <translation>Questo dispositivo non è una stampante scontrini</translation>
    </message>
    <message>
        <source>The print queue could not be opened: see the log</source>
        <translation>Impossibile aprire la coda di stampa: vedi il log</translation>
    </message>
    <message>
        <source>Omnikiosk test print</source>
        <translation>Stampa di prova Omnikiosk</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Richiesta da</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Stampa di prova</translation>
    </message>
    <message>
        <source>Test print %1 sent</source>
        <translation>Stampa di prova %1 inviata</translation>
    </message>
    <message>
        <source>Test print %1 queued: it prints when the printer is ready</source>
        <translation>Stampa di prova %1 in coda: verrà stampata quando la stampante sarà pronta</translation>
    </message>
    <message>
        <source>Drawer kick sent</source>
        <translation>Comando di apertura cassetto inviato</translation>
    </message>
    <message>
        <source>This device is not a locker</source>
        <translation>Questo dispositivo non è un armadietto</translation>
    </message>
    <message>
        <source>There is no compartment &quot;%1&quot; on %2</source>
        <translation>Il vano &quot;%1&quot; non esiste su %2</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Lo sportello non è stato aperto: impossibile scrivere nel registro (%1)</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Apertura di %1 …</translation>
    </message>
    <message>
        <source>This device has no print queue</source>
        <translation>Questo dispositivo non ha una coda di stampa</translation>
    </message>
</context>
<context>
    <name>ok::DevicesModel</name>
    <message>
        <source>%1: your role may not do this here. Someone whose role may must sign in.</source>
        <translation>%1: il tuo ruolo non lo consente qui. Deve accedere una persona con un ruolo abilitato.</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Dispositivo inesistente</translation>
    </message>
</context>
<context>
    <name>ok::DiskSpace</name>
    <message>
        <source>The terminal&apos;s disk is nearly full (%1 MB free, %2 MB needed): no new sale can start. Call support: docs/operations.md, &apos;Disk full&apos;</source>
        <translation>Il disco della postazione è quasi pieno (%1 MB liberi, %2 MB necessari): non si può iniziare una nuova vendita. Chiama l&apos;assistenza: docs/operations.md, &apos;Disk full&apos;</translation>
    </message>
</context>
<context>
    <name>ok::KeyboardWedge</name>
    <message>
        <source>A scan of more than %L1 characters was ignored: no barcode is that long. If a key is stuck on the keyboard or the scanner, release it.</source>
        <translation>Una scansione di oltre %L1 caratteri è stata ignorata: nessun codice a barre è così lungo. Se un tasto della tastiera o dello scanner è bloccato, rilascialo.</translation>
    </message>
</context>
<context>
    <name>ok::LocalSyncStore</name>
    <message>
        <source>Checksum differed from the central service: pulling the stream again.</source>
        <translation>Il checksum non corrispondeva a quello del sistema centrale: il flusso viene scaricato di nuovo.</translation>
    </message>
</context>
<context>
    <name>ok::LockerDoors</name>
    <message>
        <source>There is no locker door %1</source>
        <translation>Lo sportello %1 non esiste nell&apos;armadietto</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Lo sportello non è stato aperto: impossibile scrivere nel registro (%1)</translation>
    </message>
</context>
<context>
    <name>ok::OrdersController</name>
    <message>
        <source>Awaiting loading</source>
        <translation>In attesa di caricamento</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Pronto nell&apos;armadietto</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Pronto al banco</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>handed over (%1)</source>
        <translation>consegnato (%1)</translation>
    </message>
    <message>
        <source>loaded into %1</source>
        <translation>caricato nel vano %1</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>codice errato</translation>
    </message>
    <message>
        <source>door %1 unlocked</source>
        <translation>sportello %1 sbloccato</translation>
    </message>
    <message>
        <source>door %1: %2</source>
        <translation>sportello %1: %2</translation>
    </message>
    <message>
        <source>Handed over here, but cancelled at the central service: check the order</source>
        <translation>Consegnato qui, ma annullato nel sistema centrale: controlla l&apos;ordine</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>opened late</source>
        <translation>aperto in ritardo</translation>
    </message>
    <message>
        <source>did not open</source>
        <translation>non si è aperto</translation>
    </message>
    <message>
        <source>not sent: the locker is not connected</source>
        <translation>non inviato: l&apos;armadietto non è collegato</translation>
    </message>
    <message>
        <source>left open</source>
        <translation>lasciato aperto</translation>
    </message>
    <message>
        <source>unknown: check the locker</source>
        <translation>stato sconosciuto: controllare l&apos;armadietto</translation>
    </message>
    <message>
        <source>incident at door %1: %2</source>
        <translation>incidente allo sportello %1: %2</translation>
    </message>
    <message>
        <source>items refused</source>
        <translation>articoli rifiutati</translation>
    </message>
    <message>
        <source>taken back to stock</source>
        <translation>rimesso a magazzino</translation>
    </message>
    <message>
        <source>pickup extended</source>
        <translation>ritiro prorogato</translation>
    </message>
    <message>
        <source>unlocked after wrong codes: %1</source>
        <translation>sbloccato dopo codici errati: %1</translation>
    </message>
    <message>
        <source>customer called to the counter</source>
        <translation>cliente chiamato al banco</translation>
    </message>
    <message>
        <source>kept at the counter</source>
        <translation>tenuto al banco</translation>
    </message>
    <message>
        <source>shut empty: not loaded</source>
        <translation>chiuso vuoto: non caricato</translation>
    </message>
</context>
<context>
    <name>ok::Permission</name>
    <message>
        <source>Void or reduce a line</source>
        <translation>Storno o riduzione di una riga</translation>
    </message>
    <message>
        <source>Void the whole sale</source>
        <translation>Annullamento dell&apos;intera vendita</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>Modifica prezzo</translation>
    </message>
    <message>
        <source>Discount above the limit</source>
        <translation>Sconto oltre il limite</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Reso senza scontrino</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Apertura cassetto senza vendita</translation>
    </message>
    <message>
        <source>Put cash in or take it out</source>
        <translation>Versamento o prelievo di contanti</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Stampa della lettura X</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Chiusura della giornata (chiusura Z)</translation>
    </message>
    <message>
        <source>Accept a cash count difference (manager)</source>
        <translation>Accettazione di una differenza di cassa (responsabile del negozio)</translation>
    </message>
    <message>
        <source>Open the staff screens</source>
        <translation>Accesso alle schermate del personale</translation>
    </message>
    <message>
        <source>Test the devices</source>
        <translation>Test dei dispositivi</translation>
    </message>
    <message>
        <source>Open a locker door by hand</source>
        <translation>Apertura manuale di uno sportello dell&apos;armadietto</translation>
    </message>
    <message>
        <source>Send a refused event again</source>
        <translation>Nuovo invio di un evento rifiutato</translation>
    </message>
    <message>
        <source>This needs the approval of someone who may: %1</source>
        <translation>Serve l&apos;autorizzazione di una persona abilitata: %1</translation>
    </message>
    <message>
        <source>Load the lockers and hand orders over</source>
        <translation>Caricamento degli armadietti e consegna degli ordini</translation>
    </message>
    <message>
        <source>Extend a pickup or unlock a locked order</source>
        <translation>Proroga di un ritiro o sblocco di un ordine bloccato</translation>
    </message>
    <message>
        <source>Hold, order and count stock; serve a customer&apos;s web orders</source>
        <translation>Messa da parte, ordine e conteggio della merce; gestione degli ordini online dei clienti</translation>
    </message>
</context>
<context>
    <name>ok::PickupController</name>
    <message>
        <source>The door did not open. Please go to the counter: a member of staff will hand you your order.</source>
        <translation>Lo sportello non si è aperto. Si rechi al banco: un addetto le consegnerà l&apos;ordine.</translation>
    </message>
</context>
<context>
    <name>ok::PickupCounter</name>
    <message>
        <source>There is no order %1 here</source>
        <translation>Qui non c&apos;è l&apos;ordine %1</translation>
    </message>
    <message>
        <source>Order %1 cannot be loaded: it is not waiting to be loaded</source>
        <translation>Impossibile caricare l&apos;ordine %1: non è in attesa di caricamento</translation>
    </message>
    <message>
        <source>No free compartment: hand the order over at the counter</source>
        <translation>Nessun vano libero: consegna l&apos;ordine al banco</translation>
    </message>
    <message>
        <source>There is no locker door %1</source>
        <translation>Lo sportello %1 non esiste nell&apos;armadietto</translation>
    </message>
    <message>
        <source>Compartment %1 already holds order %2: choose another one</source>
        <translation>Il vano %1 contiene già l&apos;ordine %2: scegline un altro</translation>
    </message>
    <message>
        <source>Put the parcel of order %1 in %2 and close the door</source>
        <translation>Metti il collo dell&apos;ordine %1 nel vano %2 e chiudi lo sportello</translation>
    </message>
    <message>
        <source>Order %1 is not waiting to be loaded</source>
        <translation>L&apos;ordine %1 non è in attesa di caricamento</translation>
    </message>
    <message>
        <source>Order %1 waits at the counter</source>
        <translation>L&apos;ordine %1 attende al banco</translation>
    </message>
    <message>
        <source>Order %1 cannot be handed over: it is not ready for pickup</source>
        <translation>Impossibile consegnare l&apos;ordine %1: non è pronto per il ritiro</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: choose the document you checked</source>
        <translation>L&apos;ordine %1 richiede un controllo d&apos;identità: scegli il documento verificato</translation>
    </message>
    <message>
        <source>Line %1 of order %2 does not have that many items</source>
        <translation>La riga %1 dell&apos;ordine %2 non ha così tanti articoli</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 handed over; %n refused item(s) will be refunded</source>
        <translation>
            <numerusform>Ordine %1 consegnato; %n articolo rifiutato verrà rimborsato</numerusform>
            <numerusform>Ordine %1 consegnato; %n articoli rifiutati verranno rimborsati</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 handed over</source>
        <translation>Ordine %1 consegnato</translation>
    </message>
    <message>
        <source>Order %1 has not expired</source>
        <translation>L&apos;ordine %1 non è scaduto</translation>
    </message>
    <message>
        <source>Take the parcel of order %1 out of %2 and close the door</source>
        <translation>Togli il collo dell&apos;ordine %1 dal vano %2 e chiudi lo sportello</translation>
    </message>
    <message>
        <source>Loaded: the order is ready for pickup</source>
        <translation>Caricato: l&apos;ordine è pronto per il ritiro</translation>
    </message>
    <message>
        <source>Taken back: the order returns to stock</source>
        <translation>Ripreso: l&apos;ordine torna in giacenza</translation>
    </message>
    <message>
        <source>A pickup can be extended by 1 to %1 days</source>
        <translation>Un ritiro può essere prorogato da 1 a %1 giorni</translation>
    </message>
    <message>
        <source>Order %1 can no longer be extended</source>
        <translation>L&apos;ordine %1 non può più essere prorogato</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 can be collected %n more day(s)</source>
        <translation>
            <numerusform>L&apos;ordine %1 può essere ritirato ancora per %n giorno</numerusform>
            <numerusform>L&apos;ordine %1 può essere ritirato ancora per %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the order is unlocked</source>
        <translation>Indica il motivo dello sblocco dell&apos;ordine</translation>
    </message>
    <message>
        <source>The order can be collected with its code again</source>
        <translation>L&apos;ordine può essere di nuovo ritirato con il suo codice</translation>
    </message>
    <message>
        <source>Say why the door is opened</source>
        <translation>Indica il motivo dell&apos;apertura dello sportello</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: keep it at the counter</source>
        <translation>L&apos;ordine %1 richiede un controllo del documento d&apos;identità: tenerlo al banco</translation>
    </message>
    <message>
        <source>%1 reads empty: the order is not ready. Open and load it again with the parcel inside.</source>
        <translation>%1 risulta vuoto: l&apos;ordine non è pronto. Apra e carichi di nuovo con il pacco dentro.</translation>
    </message>
</context>
<context>
    <name>ok::PickupDesk</name>
    <message>
        <source>This order has already been collected. If that was not you, please ask a member of staff.</source>
        <translation>Questo ordine è già stato ritirato. Se non è stato Lei, si rivolga a un addetto.</translation>
    </message>
    <message>
        <source>This order was cancelled. A member of staff will gladly help you.</source>
        <translation>Questo ordine è stato annullato. Un addetto sarà lieto di aiutarla.</translation>
    </message>
    <message>
        <source>The time to collect this order has ended. Please ask a member of staff: it may still be here.</source>
        <translation>Il tempo per ritirare questo ordine è scaduto. Chieda a un addetto: potrebbe essere ancora qui.</translation>
    </message>
    <message>
        <source>Your order is not ready yet. We will send you a message when it is.</source>
        <translation>Il suo ordine non è ancora pronto. Le invieremo un messaggio quando lo sarà.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Attenda %n secondo prima di riprovare.</numerusform>
            <numerusform>Attenda %n secondi prima di riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <source>This QR code cannot be read as a pickup code. Please type the code from your message.</source>
        <translation>Questo codice QR non può essere letto come codice di ritiro. Digiti il codice indicato nel messaggio.</translation>
    </message>
    <message>
        <source>This order is waiting for you in another of our stores. Your message says which one.</source>
        <translation>Questo ordine la aspetta in un altro dei nostri negozi. Il messaggio ricevuto indica quale.</translation>
    </message>
    <message>
        <source>We cannot find this order here yet. Please ask a member of staff.</source>
        <translation>Non troviamo ancora questo ordine qui. Chieda a un addetto.</translation>
    </message>
    <message>
        <source>This order is locked after too many wrong codes. A member of staff can open it for you.</source>
        <translation>Questo ordine è bloccato dopo troppi codici errati. Un addetto può sbloccarlo per Lei.</translation>
    </message>
    <message>
        <source>A pickup code has 12 letters and digits, like K7Q2-M9XD-4HWT.</source>
        <translation>Il codice di ritiro è composto da 12 lettere e cifre, ad esempio K7Q2-M9XD-4HWT.</translation>
    </message>
    <message>
        <source>This code does not match an order. Please check it and try again.</source>
        <translation>Questo codice non corrisponde a nessun ordine. Lo controlli e riprovi.</translation>
    </message>
</context>
<context>
    <name>ok::PrintQueueModel</name>
    <message>
        <source>Print jobs cannot be changed from here</source>
        <translation>I lavori di stampa non si possono modificare da qui</translation>
    </message>
    <message>
        <source>No such print job</source>
        <translation>Lavoro di stampa inesistente</translation>
    </message>
    <message>
        <source>%1 (job %2) cancelled</source>
        <translation>%1 (lavoro %2): annullato</translation>
    </message>
    <message>
        <source>%1 (job %2) queued again as copy (job %3)</source>
        <translation>%1 (lavoro %2): rimesso in coda come copia (lavoro %3)</translation>
    </message>
    <message>
        <source>%1 (job %2) marked printed</source>
        <translation>%1 (lavoro %2): segnato come stampato</translation>
    </message>
</context>
<context>
    <name>ok::PrintSpooler</name>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>in stampa</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>stampato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>uncertain: decide</source>
        <translation>esito incerto: decidi</translation>
    </message>
    <message>
        <source>The program stopped while this was printing: check whether it came out, then reprint, mark printed or cancel</source>
        <translation>Il programma si è chiuso durante la stampa: verifica se è uscita, poi ristampa, segna come stampato o annulla</translation>
    </message>
    <message>
        <source>The print job could not be saved: %1</source>
        <translation>Impossibile salvare il lavoro di stampa: %1</translation>
    </message>
    <message>
        <source>The printer is not configured any more</source>
        <translation>La stampante non è più configurata</translation>
    </message>
    <message>
        <source>Job %1 is %2 now: nothing was changed</source>
        <translation>Il lavoro %1 ora è %2: nessuna modifica effettuata</translation>
    </message>
    <message>
        <source>There is no print job %1 for this printer</source>
        <translation>Il lavoro di stampa %1 non esiste per questa stampante</translation>
    </message>
    <message>
        <source>Job %1 is being printed right now: wait for the printer</source>
        <translation>Il lavoro %1 è in stampa proprio ora: attendi la stampante</translation>
    </message>
    <message>
        <source>Job %1 has not printed yet: it prints when the printer is ready</source>
        <translation>Il lavoro %1 non è ancora stato stampato: verrà stampato quando la stampante sarà pronta</translation>
    </message>
    <message>
        <source>Only a job whose outcome is uncertain can be marked printed; job %1 is %2</source>
        <translation>Solo un lavoro con esito incerto può essere segnato come stampato; il lavoro %1 è %2</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** COPIA ***</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>La stampante non è collegata</translation>
    </message>
    <message>
        <source>The printer is not ready</source>
        <translation>La stampante non è pronta</translation>
    </message>
</context>
<context>
    <name>ok::ProductLookupModel</name>
    <message>
        <source>no price</source>
        <translation>prezzo non disponibile</translation>
    </message>
    <message>
        <source>price in unknown currency %1</source>
        <translation>prezzo in valuta sconosciuta %1</translation>
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
        <translation>non trattato in questo negozio</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Nessun risultato per &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Search by name instead.</source>
        <translation>Nessun prodotto con il codice a barre %1. Provi a cercare per nome.</translation>
    </message>
    <message>
        <source>Barcode %1 has a wrong check digit: scan it again, or type the name.</source>
        <translation>Il codice a barre %1 ha una cifra di controllo errata: lo scansioni di nuovo o digiti il nome.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>regular price %1</source>
        <translation>prezzo pieno %1</translation>
    </message>
</context>
<context>
    <name>ok::ReceiptService</name>
    <message>
        <source>There is no such sale</source>
        <translation>Vendita inesistente</translation>
    </message>
    <message>
        <source>No receipt printer: the sale is saved; print it from the sales list later</source>
        <translation>Nessuna stampante scontrini: la vendita è salvata; stampala più tardi dall&apos;elenco delle vendite</translation>
    </message>
    <message>
        <source>Receipt %1 is already in the print queue</source>
        <translation>Lo scontrino %1 è già nella coda di stampa</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Scontrino %1</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(copia)</translation>
    </message>
</context>
<context>
    <name>ok::Receipts</name>
    <message>
        <source>line voided</source>
        <translation>riga stornata</translation>
    </message>
    <message>
        <source>sale voided</source>
        <translation>vendita annullata</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>prezzo modificato</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>sconto</translation>
    </message>
    <message>
        <source>return without receipt</source>
        <translation>reso senza scontrino</translation>
    </message>
    <message>
        <source>Store %1 · Terminal %2</source>
        <translation>PdV %1 · Postazione %2</translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation>RESO %1</translation>
    </message>
    <message>
        <source>EXCHANGE %1</source>
        <translation>CAMBIO %1</translation>
    </message>
    <message>
        <source>RECEIPT %1</source>
        <translation>SCONTRINO %1</translation>
    </message>
    <message>
        <source>For receipt %1</source>
        <translation>Rif. scontrino %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>returned, line %1</source>
        <translation>reso, riga %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>RIMBORSO</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALE</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Risparmio</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrotondamento</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Buono</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Credito negozio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Resto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Lordo</translation>
    </message>
    <message>
        <source>Cashier: %1 (%2)</source>
        <translation>Cassiere: %1 (%2)</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Autorizzato da %1: %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Keep this receipt for returns. Thank you!</source>
        <translation>Conservi lo scontrino per i resi. Grazie!</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>CHIUSURA Z %1</translation>
    </message>
    <message>
        <source>X REPORT (shift still open)</source>
        <translation>LETTURA X (turno aperto)</translation>
    </message>
    <message>
        <source>Shift opened %1 by %2</source>
        <translation>Turno aperto %1 da %2</translation>
    </message>
    <message>
        <source>Receipts %1 to %2</source>
        <translation>Scontrini da %1 a %2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Vendite (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Resi (%1)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Sconti applicati</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fondo cassa</translation>
    </message>
    <message>
        <source>Cash sales net</source>
        <translation>Netto contanti</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Versamenti</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Prelievi</translation>
    </message>
    <message>
        <source>Drawer openings without sale</source>
        <translation>Aperture cassetto</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Atteso nel cassetto</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Eccedenza</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Ammanco</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>Difference accepted by %1: %2</source>
        <translation>Differenza accettata da %1: %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Stampato da %1</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>before tax</comment>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>sales minus returns</comment>
        <translation>Saldo netto</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Punti fedeltà</translation>
    </message>
</context>
<context>
    <name>ok::ReturnController</name>
    <message>
        <source>Scan the receipt first</source>
        <translation>Prima scansiona lo scontrino</translation>
    </message>
    <message>
        <source>Enter the weight in kg</source>
        <translation>Inserisci il peso in kg</translation>
    </message>
    <message>
        <source>Enter how many</source>
        <translation>Inserisci la quantità</translation>
    </message>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Il catalogo prodotti non è disponibile.</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Indica il motivo del reso</translation>
    </message>
    <message>
        <source>Looking up %1 …</source>
        <translation>Ricerca di %1 …</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog</source>
        <translation>Il codice %1 non è nel catalogo</translation>
    </message>
    <message>
        <source>Enter the price paid, e.g. 4.99</source>
        <translation>Inserisci il prezzo pagato, es. 4,99</translation>
    </message>
    <message>
        <source>%1 is on the ticket as a return</source>
        <translation>%1 aggiunto allo scontrino come reso</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3 by card</source>
        <translation>Scontrino %1 · %2 · pagato %3 con carta</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3</source>
        <translation>Scontrino %1 · %2 · pagato %3</translation>
    </message>
</context>
<context>
    <name>ok::ReturnSession</name>
    <message>
        <source>Scan the QR code on the receipt, or type its number</source>
        <translation>Scansiona il codice QR sullo scontrino o digitane il numero</translation>
    </message>
    <message>
        <source>Looking up receipt %1-%2 at the central service ...</source>
        <translation>Ricerca dello scontrino %1-%2 nel sistema centrale ...</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till. Return it there, or as a return without receipt.</source>
        <translation>Lo scontrino %1-%2 è stato emesso da un&apos;altra cassa. Effettua il reso su quella cassa, oppure come reso senza scontrino.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till</source>
        <translation>Lo scontrino %1 non esiste su questa cassa</translation>
    </message>
    <message>
        <source>Receipt %1 is a return; it cannot be returned again</source>
        <translation>Lo scontrino %1 è un reso; non si può rendere di nuovo</translation>
    </message>
    <message>
        <source>This ticket already returns lines of receipt %1: finish it first</source>
        <translation>Lo scontrino in corso contiene già resi dello scontrino %1: prima concludilo</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till and could not be looked up: %3. Try again, return it there, or as a return without receipt.</source>
        <translation>Lo scontrino %1-%2 è stato emesso da un&apos;altra cassa e non è stato possibile recuperarlo: %3. Riprova, effettua il reso su quella cassa oppure come reso senza scontrino.</translation>
    </message>
    <message>
        <source>The central service answered for another sale than receipt %1-%2</source>
        <translation>Il sistema centrale ha risposto con una vendita diversa dallo scontrino %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was paid in %3: it cannot be refunded in %4 here</source>
        <translation>Lo scontrino %1-%2 è stato pagato in %3: qui non può essere rimborsato in %4</translation>
    </message>
    <message>
        <source>Scan the receipt first</source>
        <translation>Prima scansiona lo scontrino</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di aggiungere resi</translation>
    </message>
    <message>
        <source>Nothing of this line is left to return</source>
        <translation>Di questa riga non resta nulla da rendere</translation>
    </message>
    <message>
        <source>At most %1 can be returned</source>
        <translation>Si può rendere al massimo %1</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Indica il motivo del reso</translation>
    </message>
    <message>
        <source>Enter a quantity above zero and a price</source>
        <translation>Inserisci una quantità maggiore di zero e un prezzo</translation>
    </message>
    <message>
        <source>That amount is not possible</source>
        <translation>Importo non valido</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>senza scontrino: %1</translation>
    </message>
</context>
<context>
    <name>ok::SaleCommitter</name>
    <message>
        <source>The basket is empty</source>
        <translation>Nessun articolo nello scontrino</translation>
    </message>
    <message>
        <source>The sale could not be saved: %1. Nothing is lost: try again, or call a supervisor.</source>
        <translation>Impossibile salvare la vendita: %1. Non è andato perso nulla: riprova o chiama un capoturno.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Il cassetto non si è aperto: %1</translation>
    </message>
</context>
<context>
    <name>ok::ScanResolver</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Il catalogo prodotti non è disponibile.</translation>
    </message>
    <message>
        <source>Enter a weight above zero</source>
        <translation>Inserisci un peso maggiore di zero</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog. Search the product by name, or set it aside for a supervisor.</source>
        <translation>Il codice %1 non è nel catalogo. Cerca il prodotto per nome o mettilo da parte per il capoturno.</translation>
    </message>
</context>
<context>
    <name>ok::StaffAuth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Troppi PIN errati. Riprova tra %1.</translation>
    </message>
    <message>
        <source>Unknown staff member or wrong PIN</source>
        <translation>Utente sconosciuto o PIN errato</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>PIN errato. Troppi tentativi: riprova tra %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a lock.</source>
        <translation>
            <numerusform>PIN errato. Resta %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato. Restano %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not approve this either</source>
        <translation>Neanche %1 può autorizzare questa operazione</translation>
    </message>
    <message>
        <source>This terminal does not speak &quot;%1&quot;</source>
        <translation>Questa postazione non supporta la lingua &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ok::StaffSession</name>
    <message>
        <source>Sign in first</source>
        <translation>Prima effettua l&apos;accesso</translation>
    </message>
</context>
<context>
    <name>ok::StaffSessionController</name>
    <message>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Capoturno</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile del negozio</translation>
    </message>
</context>
<context>
    <name>ok::StockActions</name>
    <message>
        <source>Choose a product first</source>
        <translation>Scegli prima un prodotto</translation>
    </message>
    <message>
        <source>Hold between 1 and %1 pieces</source>
        <translation>Metti da parte da 1 a %1 pezzi</translation>
    </message>
    <message>
        <source>Only %1 available here: hold fewer, or order it from another location</source>
        <translation>Qui ne sono disponibili solo %1: metti da parte meno pezzi o ordinalo da un&apos;altra sede</translation>
    </message>
    <message>
        <source>Enter who the item is held for</source>
        <translation>Indica per chi è messo da parte l&apos;articolo</translation>
    </message>
    <message>
        <source>A hold lasts between 1 and %1 hours</source>
        <translation>Una messa da parte dura da 1 a %1 ore</translation>
    </message>
    <message>
        <source>This hold has already ended</source>
        <translation>Questa messa da parte è già terminata</translation>
    </message>
    <message>
        <source>Choose another location to order from</source>
        <translation>Scegli un&apos;altra sede da cui ordinare</translation>
    </message>
    <message>
        <source>Order between 1 and %1 pieces</source>
        <translation>Ordina da 1 a %1 pezzi</translation>
    </message>
    <message>
        <source>Only %1 available there</source>
        <translation>Lì ne sono disponibili solo %1</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>Inserisci il nome del cliente</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address so the customer hears when it arrives</source>
        <translation>Inserisci un numero di telefono o un indirizzo e-mail per avvisare il cliente all&apos;arrivo</translation>
    </message>
    <message>
        <source>The phone number is not valid</source>
        <translation>Il numero di telefono non è valido</translation>
    </message>
    <message>
        <source>The e-mail address is not valid</source>
        <translation>L&apos;indirizzo e-mail non è valido</translation>
    </message>
    <message>
        <source>Enter the delivery address</source>
        <translation>Inserisci l&apos;indirizzo di consegna</translation>
    </message>
    <message>
        <source>Enter the number of pieces counted</source>
        <translation>Inserisci il numero di pezzi contati</translation>
    </message>
    <message>
        <source>This store&apos;s stock of the product is not known yet: wait for the stock to sync, then count</source>
        <translation>La giacenza del prodotto in questo negozio non è ancora nota: attendi la sincronizzazione della giacenza, poi conta</translation>
    </message>
</context>
<context>
    <name>ok::StockDeskController</name>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>Collect here</source>
        <translation>Ritiro qui</translation>
    </message>
    <message>
        <source>Web return</source>
        <translation>Reso online</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Messa da parte</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>richiesto</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>spedito</translation>
    </message>
    <message>
        <source>arrived: a click-and-collect order</source>
        <translation>arrivato: ordine con ritiro in negozio</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>ritirato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Held %1 × %2 for %3 until %4</source>
        <translation>Messo da parte %1 × %2 per %3 fino al %4</translation>
    </message>
    <message>
        <source>Hold ended: sold</source>
        <translation>Messa da parte conclusa: venduto</translation>
    </message>
    <message>
        <source>Hold cancelled: the item is available again</source>
        <translation>Messa da parte annullata: l&apos;articolo è di nuovo disponibile</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to the customer&apos;s home</source>
        <translation>Ordinato %1 × %2 da %3 con consegna a domicilio del cliente</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to this store: it becomes a click-and-collect order when it arrives</source>
        <translation>Ordinato %1 × %2 da %3 a questo negozio: all&apos;arrivo diventa un ordine con ritiro in negozio</translation>
    </message>
    <message>
        <source>Count of %1 sent: %2. If the stock changed since it was shown, the central service refuses it and you count again.</source>
        <translation>Conteggio di %1 inviato: %2. Se la giacenza è cambiata da quando è stata mostrata, il sistema centrale lo rifiuta e dovrai contare di nuovo.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>from %1 to the customer&apos;s home</source>
        <translation>da %1 a domicilio del cliente</translation>
    </message>
    <message>
        <source>from %1 to this store</source>
        <translation>da %1 a questo negozio</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>contati %1</translation>
    </message>
</context>
<context>
    <name>ok::StockLevelsModel</name>
    <message>
        <source>Live from the central service at %1.</source>
        <translation>Dati in tempo reale dal sistema centrale, aggiornati alle %1.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system.</source>
        <translation>Disponibilità secondo gli ultimi dati ricevuti dal sistema centrale.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago; asking for live levels…</source>
        <translation>Disponibilità secondo i dati ricevuti dal sistema centrale %1 fa; richiesta dei dati in tempo reale…</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago (not live).</source>
        <translation>Disponibilità secondo i dati ricevuti dal sistema centrale %1 fa (non in tempo reale).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>in tempo reale</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>data ignota</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 fa</translation>
    </message>
    <message>
        <source>The web shop can sell %1 (%2)</source>
        <translation>Il negozio online può vendere %1 (%2)</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Il sistema centrale non ha risposto in tempo.</translation>
    </message>
</context>
<context>
    <name>ok::SyncStatusModel</name>
    <message>
        <source>The ledger is not open: nothing was changed.</source>
        <translation>Il registro locale non è aperto: nessuna modifica effettuata.</translation>
    </message>
    <message>
        <source>No such refused event.</source>
        <translation>Evento rifiutato inesistente.</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may send a refused event again: nothing was changed.</source>
        <translation>Solo un capoturno o un responsabile del negozio può inviare di nuovo un evento rifiutato: nessuna modifica effettuata.</translation>
    </message>
    <message>
        <source>Sign in to send a refused event again.</source>
        <translation>Accedi per inviare di nuovo un evento rifiutato.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer refused: it was already sent again.</source>
        <translation>%1 %2: l&apos;evento non è più rifiutato, è già stato inviato di nuovo.</translation>
    </message>
    <message>
        <source>The retry was not saved: %1</source>
        <translation>Impossibile salvare il nuovo invio: %1</translation>
    </message>
    <message>
        <source>%1 %2 will be sent again.</source>
        <translation>%1 %2: l&apos;evento verrà inviato di nuovo.</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>scontrino %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Voided sale</source>
        <translation>Vendita annullata</translation>
    </message>
    <message>
        <source>Cash movement</source>
        <translation>Movimento di cassa</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Turno chiuso</translation>
    </message>
    <message>
        <source>Order handed over</source>
        <translation>Ordine consegnato</translation>
    </message>
    <message>
        <source>Locker loaded</source>
        <translation>Armadietto caricato</translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation>Ordine scaduto</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Sync with the central service is switched off: this terminal works from its local cache.</source>
        <translation>La sincronizzazione con il sistema centrale è disattivata: questa postazione lavora con la cache locale.</translation>
    </message>
    <message>
        <source>Connecting to the central service…</source>
        <translation>Connessione al sistema centrale…</translation>
    </message>
    <message>
        <source>Not enrolled with the central service: ask for an enrolment code.</source>
        <translation>Postazione non registrata nel sistema centrale: richiedi un codice di registrazione.</translation>
    </message>
    <message>
        <source>Online: connected to the central service.</source>
        <translation>Online: connessione al sistema centrale attiva.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; events are sent when the central service is back.</source>
        <translation>Offline: la vendita continua con la cache locale; gli eventi verranno inviati quando il sistema centrale tornerà raggiungibile.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Within a minute of the central service</source>
        <translation>Scarto inferiore a un minuto rispetto al sistema centrale</translation>
    </message>
    <message>
        <source>%1 behind the central service</source>
        <translation>%1 indietro rispetto al sistema centrale</translation>
    </message>
    <message>
        <source>%1 ahead of the central service</source>
        <translation>%1 avanti rispetto al sistema centrale</translation>
    </message>
</context>
<context>
    <name>ok::SyncStreamsModel</name>
    <message>
        <source>Tax classes and locations</source>
        <translation>Aliquote IVA e sedi</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Giacenze</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Ordini con ritiro in negozio</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Account del personale</translation>
    </message>
    <message>
        <source>Sales and other events</source>
        <translation>Vendite e altri eventi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nessun evento da inviare.</translation>
    </message>
    <message>
        <source>Waiting: %L1, the oldest for %2.</source>
        <translation>In attesa: %L1, il più vecchio da %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows received: %L1</source>
        <translation>Righe ricevute: %L1</translation>
    </message>
</context>
<context>
    <name>ok::TenderController</name>
    <message>
        <source>waiting for the terminal</source>
        <translation>in attesa del POS</translation>
    </message>
    <message>
        <source>unknown: check the terminal</source>
        <translation>esito sconosciuto: verifica sul POS</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Enter the cash handed over, e.g. 50 or 20.50</source>
        <translation>Inserisci i contanti ricevuti, es. 50 o 20,50</translation>
    </message>
    <message>
        <source>Enter the card amount, or leave it empty for the whole amount</source>
        <translation>Inserisci l&apos;importo da pagare con carta, oppure lascia vuoto per l&apos;intero importo</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Punti fedeltà</translation>
    </message>
</context>
<context>
    <name>ok::TenderSession</name>
    <message>
        <source>No card terminal is configured</source>
        <translation>Nessun POS configurato</translation>
    </message>
    <message>
        <source>Open a shift (count the float into the drawer) before taking payment</source>
        <translation>Prima di incassare apri un turno (conta il fondo cassa nel cassetto)</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Nessun articolo nello scontrino</translation>
    </message>
    <message>
        <source>Enter the cash handed over</source>
        <translation>Inserisci i contanti ricevuti</translation>
    </message>
    <message>
        <source>The original sale was not paid by card: refund in cash</source>
        <translation>La vendita originale non è stata pagata con carta: rimborsa in contanti</translation>
    </message>
    <message>
        <source>Enter an amount up to %1</source>
        <translation>Inserisci un importo fino a %1</translation>
    </message>
    <message>
        <source>Refund to card: %1</source>
        <translation>Rimborso su carta: %1</translation>
    </message>
    <message>
        <source>Card payment: %1</source>
        <translation>Pagamento con carta: %1</translation>
    </message>
    <message>
        <source>Asking the card terminal…</source>
        <translation>Interrogazione del POS in corso…</translation>
    </message>
    <message>
        <source>No card payment needs checking</source>
        <translation>Nessun pagamento con carta da verificare</translation>
    </message>
    <message>
        <source>auth %1</source>
        <translation>aut. %1</translation>
    </message>
    <message>
        <source>Paying with points needs the central service, and this terminal has none</source>
        <translation>Il pagamento con punti richiede il sistema centrale, ma questa postazione non ne ha uno</translation>
    </message>
    <message>
        <source>Identify the customer by their loyalty card first</source>
        <translation>Identifica prima il cliente con la carta fedeltà</translation>
    </message>
    <message>
        <source>Points pay for a sale, not a refund</source>
        <translation>Con i punti si paga una vendita, non un rimborso</translation>
    </message>
    <message>
        <source>Enter between 1 and %1 points</source>
        <translation>Inserisci da 1 a %1 punti</translation>
    </message>
    <message>
        <source>Asking the central service for %1 points…</source>
        <translation>Richiesta di %1 punti al sistema centrale…</translation>
    </message>
    <message>
        <source>Paid with %1 points. The customer has %2 points left.</source>
        <translation>Pagato con %1 punti. Al cliente restano %2 punti.</translation>
    </message>
</context>
<context>
    <name>ok::TerminalInfo</name>
    <message>
        <source>Working from the local cache; sync with the central service is switched off ([central] enabled = false).</source>
        <translation>Funzionamento con la cache locale; la sincronizzazione con il sistema centrale è disattivata ([central] enabled = false).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connessione attiva con %1.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; sales are sent when the central service is back.</source>
        <translation>Offline: la vendita continua con la cache locale; le vendite verranno inviate quando il sistema centrale tornerà raggiungibile.</translation>
    </message>
    <message>
        <source>Last update %1.</source>
        <translation>Ultimo aggiornamento alle %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent, the oldest for %1 min.</source>
        <translation>
            <numerusform>%n evento in attesa di invio da %1 min.</numerusform>
            <numerusform>%n eventi in attesa di invio, il più vecchio da %1 min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the central service: see the staff screen.</source>
        <translation>
            <numerusform>%n evento rifiutato dal sistema centrale: dettagli nella schermata del personale.</numerusform>
            <numerusform>%n eventi rifiutati dal sistema centrale: dettagli nella schermata del personale.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 min off the central service&apos;s.</source>
        <translation>L&apos;orologio di questa postazione differisce di %1 min da quello del sistema centrale.</translation>
    </message>
</context>
<context>
    <name>ok::Ticket</name>
    <message>
        <source>A card payment is not settled yet: wait for it or check it on the terminal</source>
        <translation>Un pagamento con carta non è ancora concluso: attendi o verificalo sul POS</translation>
    </message>
    <message>
        <source>No such line</source>
        <translation>Riga inesistente</translation>
    </message>
    <message>
        <source>The basket could not be saved: %1</source>
        <translation>Impossibile salvare lo scontrino in corso: %1</translation>
    </message>
    <message>
        <source>A card payment was in progress when the till stopped. Check it with the terminal before going on.</source>
        <translation>Un pagamento con carta era in corso quando la cassa si è fermata. Verificalo sul POS prima di proseguire.</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding items</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di aggiungere articoli</translation>
    </message>
    <message>
        <source>%1 has no price in this store. A supervisor can enter one (price override).</source>
        <translation>%1 non ha un prezzo in questo negozio. Un capoturno può inserirlo (modifica prezzo).</translation>
    </message>
    <message>
        <source>%1 is priced in %2, not %3</source>
        <translation>Il prezzo di %1 è in %2, non in %3</translation>
    </message>
    <message>
        <source>%1 is sold by weight: scan its scale label or enter the weight</source>
        <translation>%1 è venduto a peso: scansiona l&apos;etichetta della bilancia o inserisci il peso</translation>
    </message>
    <message>
        <source>%1 is sold by the piece</source>
        <translation>%1 è venduto al pezzo</translation>
    </message>
    <message>
        <source>%1 cannot be added with this quantity or price</source>
        <translation>Impossibile aggiungere %1 con questa quantità o questo prezzo</translation>
    </message>
    <message>
        <source>price label</source>
        <translation>etichetta prezzo</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing items</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di modificare gli articoli</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Inserisci una quantità maggiore di zero o storna la riga</translation>
    </message>
    <message>
        <source>That quantity is not possible</source>
        <translation>Quantità non valida</translation>
    </message>
    <message>
        <source>Give a reason for the discount</source>
        <translation>Indica il motivo dello sconto</translation>
    </message>
    <message>
        <source>A discount is 0 to 100 percent, or an amount of at least zero</source>
        <translation>Lo sconto deve essere tra 0 e 100 per cento, oppure un importo non negativo</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Sconto: %1</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing the discount</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di modificare lo sconto</translation>
    </message>
    <message>
        <source>Give a reason for the price change</source>
        <translation>Indica il motivo della modifica prezzo</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing prices</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di modificare i prezzi</translation>
    </message>
    <message>
        <source>That price is not possible</source>
        <translation>Prezzo non valido</translation>
    </message>
    <message>
        <source>Price %1 → %2: %3</source>
        <translation>Prezzo %1 → %2: %3</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before voiding lines</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di stornare righe</translation>
    </message>
    <message>
        <source>A card payment was taken: finish the sale, then return it to the card</source>
        <translation>È già stato incassato un pagamento con carta: concludi la vendita, poi rimborsala sulla carta</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Nessun articolo nello scontrino</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before parking</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di sospendere lo scontrino</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n articolo, %1</numerusform>
            <numerusform>%n articoli, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current basket first</source>
        <translation>Prima concludi o sospendi lo scontrino in corso</translation>
    </message>
    <message>
        <source>That parked basket is gone (resumed on another screen?)</source>
        <translation>Questo scontrino sospeso non c&apos;è più (ripreso su un&apos;altra schermata?)</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di aggiungere resi</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing returns</source>
        <translation>Pagamento avviato: concludilo o annullalo prima di modificare i resi</translation>
    </message>
    <message>
        <source>No card payment %1 is open</source>
        <translation>Nessun pagamento con carta %1 in corso</translation>
    </message>
    <message>
        <source>Points were paid with: finish the sale, then return it</source>
        <translation>È già stato pagato con i punti: concludi la vendita, poi fai il reso</translation>
    </message>
    <message>
        <source>Promotion: %1</source>
        <translation>Promozione: %1</translation>
    </message>
</context>
<context>
    <name>ok::TicketController</name>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Scontrino %1 · resto %2</translation>
    </message>
    <message>
        <source>Receipt %1 done</source>
        <translation>Scontrino %1 completato</translation>
    </message>
    <message>
        <source>Enter the weight in kg, e.g. 0.750</source>
        <translation>Inserisci il peso in kg, es. 0,750</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Inserisci una quantità maggiore di zero o storna la riga</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100</source>
        <translation>Inserisci una percentuale da 0 a 100</translation>
    </message>
    <message>
        <source>Enter a price, e.g. 4.99</source>
        <translation>Inserisci un prezzo, es. 4,99</translation>
    </message>
</context>
<context>
    <name>ok::dev</name>
    <message>
        <source>[device.%1] %2: &quot;%3&quot; %4</source>
        <translation>[device.%1] %2: &quot;%3&quot; %4</translation>
    </message>
    <message>
        <source>must be 2 or 5</source>
        <translation>deve essere 2 o 5</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 2 to 510</source>
        <translation>deve essere un numero intero di millisecondi da 2 a 510</translation>
    </message>
    <message>
        <source>must be high or low</source>
        <translation>deve essere high o low</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400</source>
        <translation>deve essere un numero intero di secondi da 1 a 86400</translation>
    </message>
    <message>
        <source>driver evdev-scanner reads an input device: set transport = evdev (not %1)</source>
        <translation>il driver evdev-scanner legge un dispositivo di input: imposta transport = evdev (non %1)</translation>
    </message>
    <message>
        <source>no driver &quot;%1&quot; for role %2 in this build (known: %3)</source>
        <translation>nessun driver &quot;%1&quot; per il ruolo %2 in questa versione (disponibili: %3)</translation>
    </message>
    <message>
        <source>transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)</source>
        <translation>transport evdev è per gli scanner in emulazione tastiera (role = scanner, driver = evdev-scanner)</translation>
    </message>
</context>
<context>
    <name>ok::dev::Device</name>
    <message>
        <source>%1 is connected again</source>
        <translation>%1 è di nuovo collegato</translation>
    </message>
    <message>
        <source>%1 is disconnected; reconnecting</source>
        <translation>%1 è scollegato; riconnessione in corso</translation>
    </message>
    <message>
        <source>%1 must be opened before it is claimed</source>
        <translation>%1 deve essere aperto prima di essere acquisito</translation>
    </message>
    <message>
        <source>%1 must be claimed before it is enabled</source>
        <translation>%1 deve essere acquisito prima di essere abilitato</translation>
    </message>
    <message>
        <source>%1 cannot be reached: check its cable and power</source>
        <translation>%1 non raggiungibile: controlla cavo e alimentazione</translation>
    </message>
    <message>
        <source>%1: closed (%2)</source>
        <translation>%1: chiuso (%2)</translation>
    </message>
    <message>
        <source>%1: open, not claimed (%2)</source>
        <translation>%1: aperto, non acquisito (%2)</translation>
    </message>
    <message>
        <source>%1: offline (%2): %3</source>
        <translation>%1: offline (%2): %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: errore: %2</translation>
    </message>
    <message>
        <source>%1: online%2, %3 jobs, %4 failures (%5)</source>
        <translation>%1: online%2, %3 lavori, %4 errori (%5)</translation>
    </message>
    <message>
        <source>, busy</source>
        <translation>, occupato</translation>
    </message>
</context>
<context>
    <name>ok::escpos::EscPosPrinter</name>
    <message>
        <source>The printer did not confirm the receipt: check it and reprint if needed</source>
        <translation>La stampante non ha confermato lo scontrino: controllala e ristampa se necessario</translation>
    </message>
    <message>
        <source>The cash drawer has been left open</source>
        <translation>Il cassetto è rimasto aperto</translation>
    </message>
    <message>
        <source>The printer is not connected: check its cable and power.</source>
        <translation>La stampante non è collegata: controlla cavo e alimentazione.</translation>
    </message>
    <message>
        <source>The printer was disconnected while printing: the receipt will be printed again when it is back</source>
        <translation>La stampante si è scollegata durante la stampa: lo scontrino verrà ristampato quando tornerà disponibile</translation>
    </message>
    <message>
        <source>The printer is still printing the previous receipt</source>
        <translation>La stampante sta ancora stampando lo scontrino precedente</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>La stampante non è collegata</translation>
    </message>
    <message>
        <source>The drawer cannot be opened: the printer it hangs on is not connected</source>
        <translation>Impossibile aprire il cassetto: la stampante a cui è collegato non è connessa</translation>
    </message>
</context>
<context>
    <name>ok::launcher</name>
    <message>
        <source>No devices configured in %1</source>
        <translation>Nessun dispositivo configurato in %1</translation>
    </message>
    <message>
        <source>This terminal cannot start</source>
        <translation>Questa postazione non può avviarsi</translation>
    </message>
    <message>
        <source>No sale can be made on this terminal until an engineer fixes this. Nothing was deleted or changed. Engineers: docs/operations.md, &quot;When the terminal does not start&quot;; then restart the service (systemctl restart omnikiosk).</source>
        <translation>Su questa postazione non si possono fare vendite finché un tecnico non risolve il problema. Nulla è stato cancellato o modificato. Tecnici: docs/operations.md, &quot;When the terminal does not start&quot;; poi riavviate il servizio (systemctl restart omnikiosk).</translation>
    </message>
</context>
<context>
    <name>ok::locker::LockerBus</name>
    <message>
        <source>board %1 lock %2</source>
        <translation>scheda %1 serratura %2</translation>
    </message>
    <message>
        <source>Board %1 is not configured on %2</source>
        <translation>La scheda %1 non è configurata su %2</translation>
    </message>
    <message>
        <source>Lock %1 does not exist: the boards of %2 have locks 1 to %3</source>
        <translation>La serratura %1 non esiste: le schede di %2 hanno le serrature da 1 a %3</translation>
    </message>
    <message>
        <source>%1 is not enabled: no door was opened</source>
        <translation>%1 non è abilitato: nessuno sportello aperto</translation>
    </message>
    <message>
        <source>%1 is not connected: no door was opened</source>
        <translation>%1 non è collegato: nessuno sportello aperto</translation>
    </message>
    <message>
        <source>Door %1 is being opened already</source>
        <translation>Lo sportello %1 è già in apertura</translation>
    </message>
    <message>
        <source>Compartment %1 is not configured on %2</source>
        <translation>Il vano %1 non è configurato su %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 non è collegato</translation>
    </message>
    <message>
        <source>; %1 boards (%2)</source>
        <translation>; %1 schede (%2)</translation>
    </message>
    <message>
        <source>, not answering: board %1</source>
        <translation>, senza risposta: scheda %1</translation>
    </message>
    <message>
        <source>, %1 bad frames, %2 noise bytes</source>
        <translation>, %1 frame errati, %2 byte di disturbo</translation>
    </message>
    <message>
        <source>Door %1 was opened without an unlock: check the locker</source>
        <translation>Lo sportello %1 è stato aperto senza sblocco: controlla l&apos;armadietto</translation>
    </message>
    <message>
        <source>Door %1 has been open for %2 s: please close it</source>
        <translation>Lo sportello %1 è aperto da %2 s: si prega di chiuderlo</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 answers again</source>
        <translation>La scheda %1 dell&apos;armadietto %2 risponde di nuovo</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 does not answer: check its power, address and the RS-485 cable</source>
        <translation>La scheda %1 dell&apos;armadietto %2 non risponde: controlla alimentazione, indirizzo e cavo RS-485</translation>
    </message>
    <message>
        <source>Locker board %1 did not answer within %2 ms</source>
        <translation>La scheda %1 dell&apos;armadietto non ha risposto entro %2 ms</translation>
    </message>
    <message>
        <source>Locker board %1 answers, but not to the item-sensor query: set item_sensors = no if it has none</source>
        <translation>La scheda %1 dell&apos;armadietto risponde, ma non alla richiesta dei sensori di presenza: imposta item_sensors = no se non ne ha</translation>
    </message>
    <message>
        <source>Door %1 was not opened: the locker is not connected</source>
        <translation>Lo sportello %1 non è stato aperto: l&apos;armadietto non è collegato</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker connection was lost. Check the locker.</source>
        <translation>Non è noto se lo sportello %1 si sia aperto: la connessione con l&apos;armadietto si è interrotta. Controlla l&apos;armadietto.</translation>
    </message>
    <message>
        <source>Door %1 opened</source>
        <translation>Sportello %1 aperto</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker stopped answering. Check the locker.</source>
        <translation>Non è noto se lo sportello %1 si sia aperto: l&apos;armadietto ha smesso di rispondere. Controlla l&apos;armadietto.</translation>
    </message>
    <message>
        <source>Door %1 did not open: it may be jammed or blocked. Check the locker.</source>
        <translation>Lo sportello %1 non si è aperto: potrebbe essere inceppato o bloccato. Controlla l&apos;armadietto.</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: locker board %2 does not answer. Check the locker.</source>
        <translation>Non è noto se lo sportello %1 si sia aperto: la scheda %2 dell&apos;armadietto non risponde. Controlla l&apos;armadietto.</translation>
    </message>
    <message>
        <source>Door %1 did not open: the board did not confirm the unlock and the door stays shut. Check the locker.</source>
        <translation>Lo sportello %1 non si è aperto: la scheda non ha confermato lo sblocco e lo sportello resta chiuso. Controlla l&apos;armadietto.</translation>
    </message>
</context>
<context>
    <name>ok::payment::JsonPaymentTerminal</name>
    <message>
        <source>The card terminal is still busy with the previous transaction</source>
        <translation>Il POS è ancora occupato con la transazione precedente</translation>
    </message>
    <message>
        <source>The card terminal is not connected: take another tender or try again</source>
        <translation>Il POS non è collegato: usa un&apos;altra forma di pagamento o riprova</translation>
    </message>
    <message>
        <source>Invalid card transaction request</source>
        <translation>Richiesta di transazione con carta non valida</translation>
    </message>
    <message>
        <source>The card terminal is not connected: it cannot be asked yet</source>
        <translation>Il POS non è collegato: per ora non è possibile interrogarlo</translation>
    </message>
    <message>
        <source>The card terminal sent a message that is not understood</source>
        <translation>Il POS ha inviato un messaggio non riconosciuto</translation>
    </message>
    <message>
        <source>The card terminal sent an oversized message</source>
        <translation>Il POS ha inviato un messaggio troppo lungo</translation>
    </message>
    <message>
        <source>The card terminal gave an unknown answer: check its last transaction before taking payment again</source>
        <translation>Il POS ha dato una risposta sconosciuta: controlla l&apos;ultima transazione prima di incassare di nuovo</translation>
    </message>
    <message>
        <source>The card terminal did not answer. Check on the terminal whether the payment went through before taking payment again.</source>
        <translation>Il POS non ha risposto. Verifica sul POS se il pagamento è andato a buon fine prima di incassare di nuovo.</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Pagamento con carta approvato</translation>
    </message>
    <message>
        <source>Card declined: ask for another card or another tender</source>
        <translation>Carta rifiutata: chiedi un&apos;altra carta o un&apos;altra forma di pagamento</translation>
    </message>
    <message>
        <source>Card payment cancelled; nothing was charged</source>
        <translation>Pagamento con carta annullato; nessun addebito</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevReader</name>
    <message>
        <source>cannot open the scanner %1: %2%3</source>
        <translation>impossibile aprire lo scanner %1: %2%3</translation>
    </message>
    <message>
        <source> (is the kiosk user in the input group? see the udev rules in packaging/)</source>
        <translation> (l&apos;utente del kiosk fa parte del gruppo input? vedi le regole udev in packaging/)</translation>
    </message>
    <message>
        <source>cannot take the scanner exclusively (EVIOCGRAB: %1)%2; scans also reach the desktop as typing</source>
        <translation>impossibile acquisire lo scanner in modo esclusivo (EVIOCGRAB: %1)%2; le scansioni arrivano anche al desktop come testo digitato</translation>
    </message>
    <message>
        <source>: another program holds it</source>
        <translation>: è in uso da un altro programma</translation>
    </message>
    <message>
        <source>reading the scanner failed: %1</source>
        <translation>lettura dallo scanner non riuscita: %1</translation>
    </message>
    <message>
        <source>the scanner&apos;s event stream ended inside a record (%1 of %2 bytes)</source>
        <translation>il flusso di eventi dello scanner si è interrotto a metà di un record (%1 di %2 byte)</translation>
    </message>
    <message>
        <source>the scanner went away in the middle of a scan; the scan was discarded</source>
        <translation>lo scanner si è scollegato durante una scansione; la scansione è stata scartata</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevScanner</name>
    <message>
        <source>%1 cannot be taken exclusively: its scans also arrive as typing. Close the program that holds it (%2)</source>
        <translation>%1 non può essere acquisito in modo esclusivo: le sue scansioni arrivano anche come testo digitato. Chiudi il programma che lo sta usando (%2)</translation>
    </message>
    <message>
        <source>The scanner went away in the middle of a scan; the scan was discarded: scan again</source>
        <translation>Lo scanner si è scollegato durante una scansione; la scansione è stata scartata: scansiona di nuovo</translation>
    </message>
    <message>
        <source>not exclusive: scans also arrive as typing</source>
        <translation>non esclusivo: le scansioni arrivano anche come testo digitato</translation>
    </message>
</context>
<context>
    <name>ok::scanner::KeyboardDecoder</name>
    <message>
        <source>more than %1 characters without Enter: the scanner&apos;s suffix is probably not Enter</source>
        <translation>più di %1 caratteri senza Invio: probabilmente il suffisso dello scanner non è Invio</translation>
    </message>
    <message>
        <source>the kernel dropped key events during a scan (SYN_DROPPED); the scan was discarded, scan again</source>
        <translation>il kernel ha perso eventi di tastiera durante una scansione (SYN_DROPPED); la scansione è stata scartata, scansiona di nuovo</translation>
    </message>
    <message>
        <source>Alt+keypad code %1 is not a byte (1-255)</source>
        <translation>il codice Alt+tastierino %1 non è un byte (1-255)</translation>
    </message>
    <message>
        <source>%1 characters arrived without the final Enter and the scanner then paused; that scan was discarded</source>
        <translation>%1 caratteri ricevuti senza l&apos;Invio finale, poi lo scanner si è fermato; la scansione è stata scartata</translation>
    </message>
    <message>
        <source>key code %1 with Alt held is not part of an Alt+keypad code</source>
        <translation>il codice tasto %1 premuto con Alt non fa parte di un codice Alt+tastierino</translation>
    </message>
    <message>
        <source>key code %1 has no character in the US keymap; the scan was discarded (check the scanner&apos;s keyboard country setting: use USA)</source>
        <translation>il codice tasto %1 non ha un carattere nel layout di tastiera US; la scansione è stata scartata (controlla il paese della tastiera impostato nello scanner: usa USA)</translation>
    </message>
    <message>
        <source>Ctrl+%1 types no ASCII control character</source>
        <translation>Ctrl+%1 non produce alcun carattere di controllo ASCII</translation>
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
        <translation>GTIN contenuto</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lotto</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>numero di serie</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>data di produzione</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>data di scadenza pagamento</translation>
    </message>
    <message>
        <source>packaging date</source>
        <translation>data di confezionamento</translation>
    </message>
    <message>
        <source>best-before date</source>
        <translation>data di consumo preferibile</translation>
    </message>
    <message>
        <source>sell-by date</source>
        <translation>data limite di vendita</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>data di scadenza</translation>
    </message>
    <message>
        <source>count</source>
        <translation>numero di pezzi</translation>
    </message>
    <message>
        <source>net weight</source>
        <translation>peso netto</translation>
    </message>
    <message>
        <source>net weight (lb)</source>
        <translation>peso netto (lb)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prezzo</translation>
    </message>
    <message>
        <source>price with currency</source>
        <translation>prezzo con valuta</translation>
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
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mese %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>giorno %1</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date (%3)</source>
        <translation>%1: %2 non è una data valida (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the key must be digits</source>
        <translation>%1 &quot;%2&quot;: la chiave deve essere composta da cifre</translation>
    </message>
    <message>
        <source>%1 %2: check digit wrong (expected %3, got %4)</source>
        <translation>%1 %2: cifra di controllo errata (attesa %3, letta %4)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code</source>
        <translation>%1 non è un codice paese ISO 3166</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (nor 999)</source>
        <translation>%1 non è un codice paese ISO 3166 (né 999)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 two-letter country code</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166 a due lettere</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 non è un codice valuta ISO 4217</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 &quot;%2&quot;: %3; questo non è un codice GS1 valido (l&apos;etichetta è errata, ripetere la scansione non serve)</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got none</source>
        <translation>AI a lunghezza fissa %1 troncato: servono %2 caratteri, nessuno ricevuto</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: campo vuoto</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>sono ammesse solo cifre</translation>
    </message>
    <message>
        <source>it is not a GS1 data character</source>
        <translation>non è un carattere ammesso nei dati GS1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 at position %4: %5</source>
        <translation>%1 &quot;%2&quot;: %3 in posizione %4: %5</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>AI a lunghezza fissa %1 troncato: servono %2 caratteri, ricevuti %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 too short: needs at least %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>%1: valore troppo corto, servono almeno %2 caratteri, ricevuti %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed (&quot;%4&quot;)</source>
        <translation>%1 ha %2 caratteri; ne sono ammessi al massimo %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is cut short: it ends inside a part of %3 characters (&quot;%4&quot;)</source>
        <translation>%1 &quot;%2&quot;: valore troncato, termina all&apos;interno di una parte di %3 caratteri (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 field swallowed the %2: GS separator missing after &quot;%3&quot; (AI %4 read as &quot;%5&quot;); set the scanner to transmit GS, or configure gs_replacement</source>
        <translation>il campo %1 ha inglobato il campo %2: manca il separatore GS dopo &quot;%3&quot; (AI %4 letto come &quot;%5&quot;); imposta lo scanner per trasmettere GS oppure configura gs_replacement</translation>
    </message>
    <message>
        <source>the GS1 scan holds no element strings</source>
        <translation>la scansione GS1 non contiene stringhe di elementi</translation>
    </message>
    <message>
        <source>two GS separators in a row at position %1</source>
        <translation>due separatori GS consecutivi in posizione %1</translation>
    </message>
    <message>
        <source>expected an Application Identifier at position %1, found %2</source>
        <translation>atteso un Application Identifier in posizione %1, trovato %2</translation>
    </message>
    <message>
        <source>unknown AI %1 at position %2: no GS1 Application Identifier starts with %1</source>
        <translation>AI %1 sconosciuto in posizione %2: nessun Application Identifier GS1 inizia con %1</translation>
    </message>
    <message>
        <source>incomplete Application Identifier &quot;%1&quot; at position %2: the scan is cut short</source>
        <translation>Application Identifier &quot;%1&quot; incompleto in posizione %2: la scansione è troncata</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)%5</source>
        <translation>AI a lunghezza fissa %1 troncato: servono %2 caratteri, ricevuti %3 (&quot;%4&quot;)%5</translation>
    </message>
    <message>
        <source> before a GS</source>
        <translation> prima di un GS</translation>
    </message>
    <message>
        <source>the built-in GS1 rules cannot be read, so no GS1 code can be checked (%1); reinstall the program</source>
        <translation>impossibile leggere le regole GS1 integrate, quindi nessun codice GS1 può essere verificato (%1); reinstalla il programma</translation>
    </message>
    <message>
        <source>one of %1 or %2</source>
        <translation>uno tra %1 e %2</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other; this is not a valid GS1 code</source>
        <translation>%1 e %2 si escludono a vicenda; questo non è un codice GS1 valido</translation>
    </message>
    <message>
        <source> with </source>
        <translation> con </translation>
    </message>
    <message>
        <source>%1 needs %2 in the same code, and the code has none; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 richiede %2 nello stesso codice, che però ne è privo; questo non è un codice GS1 valido (l&apos;etichetta è errata, ripetere la scansione non serve)</translation>
    </message>
    <message>
        <source>unknown AI %1</source>
        <translation>AI %1 sconosciuto</translation>
    </message>
    <message>
        <source>%1 appears twice with different data (&quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>%1 compare due volte con dati diversi (&quot;%2&quot; e &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the scan has two %1 element strings (AI %2 and AI %3)</source>
        <translation>la scansione contiene due elementi %1 (AI %2 e AI %3)</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date</source>
        <translation>%1: %2 non è una data valida</translation>
    </message>
    <message>
        <source>%1 %2 has %3 decimals of a kilogram, finer than a gram; the till weighs in whole grams</source>
        <translation>%1 %2: %3 decimali di chilogrammo, oltre la precisione del grammo; la cassa pesa in grammi interi</translation>
    </message>
    <message>
        <source>GS1 Digital Link: %1</source>
        <translation>GS1 Digital Link: %1</translation>
    </message>
    <message>
        <source>GS1 Digital Link: bad percent-encoding in the value of AI %1 (&quot;%2&quot;)</source>
        <translation>GS1 Digital Link: codifica percentuale errata nel valore dell&apos;AI %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;/%1/&quot; is not allowed at this place in the path after /%2/ (allowed: /22/, /10/, /21/ in this order)</source>
        <translation>&quot;/%1/&quot; non è ammesso in questa posizione del percorso dopo /%2/ (ammessi: /22/, /10/, /21/ in quest&apos;ordine)</translation>
    </message>
    <message>
        <source>%1 scan contains byte %2 at position %3; only digits are allowed (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>la scansione %1 contiene il byte %2 in posizione %3; sono ammesse solo cifre (controlla le impostazioni di interfaccia e tastiera dello scanner)</translation>
    </message>
    <message>
        <source>%1 %2 contains &apos;%3&apos; at position %4; only digits are allowed</source>
        <translation>%1 %2 contiene &apos;%3&apos; in posizione %4; sono ammesse solo cifre</translation>
    </message>
    <message>
        <source>empty scan: the scanner sent no data</source>
        <translation>scansione vuota: lo scanner non ha inviato dati</translation>
    </message>
    <message>
        <source>the scan does not start with the configured prefix &quot;%1&quot; (it starts with &quot;%2&quot;): check the scanner&apos;s prefix setting or the device&apos;s prefix key</source>
        <translation>la scansione non inizia con il prefisso configurato &quot;%1&quot; (inizia con &quot;%2&quot;): controlla l&apos;impostazione del prefisso nello scanner o la chiave prefix del dispositivo</translation>
    </message>
    <message>
        <source>the scan does not end with the configured suffix &quot;%1&quot; (it ends with &quot;%2&quot;): check the scanner&apos;s suffix setting or the device&apos;s suffix key</source>
        <translation>la scansione non termina con il suffisso configurato &quot;%1&quot; (termina con &quot;%2&quot;): controlla l&apos;impostazione del suffisso nello scanner o la chiave suffix del dispositivo</translation>
    </message>
    <message>
        <source>empty scan: nothing between the configured prefix and suffix</source>
        <translation>scansione vuota: nessun dato tra il prefisso e il suffisso configurati</translation>
    </message>
    <message>
        <source>the scan has no AIM symbology identifier (&quot;]Xm&quot;) although aim = true: enable AIM identifiers in the scanner, or set aim = false</source>
        <translation>la scansione non ha un identificatore di simbologia AIM (&quot;]Xm&quot;) nonostante aim = true: abilita gli identificatori AIM nello scanner oppure imposta aim = false</translation>
    </message>
    <message>
        <source>empty scan: AIM identifier %1 and no data</source>
        <translation>scansione vuota: identificatore AIM %1 senza dati</translation>
    </message>
    <message>
        <source>the scan starts with the AIM identifier %1 but aim = false: set aim = true for this scanner</source>
        <translation>la scansione inizia con l&apos;identificatore AIM %1 ma aim = false: imposta aim = true per questo scanner</translation>
    </message>
    <message>
        <source>EAN with add-on has %1 digits; expected 13 + 2 or 13 + 5</source>
        <translation>EAN con add-on di %1 cifre; attese 13 + 2 o 13 + 5</translation>
    </message>
    <message>
        <source>UPC-E %1 must start with number system 0 or 1</source>
        <translation>UPC-E %1 deve iniziare con il sistema di numerazione 0 o 1</translation>
    </message>
    <message>
        <source>EAN/UPC scan has %1 digits; expected 13 (EAN-13), 12 (UPC-A) or 8 (UPC-E)</source>
        <translation>la scansione EAN/UPC ha %1 cifre; attese 13 (EAN-13), 12 (UPC-A) o 8 (UPC-E)</translation>
    </message>
    <message>
        <source>EAN-8 scan has %1 digits; expected 8</source>
        <translation>la scansione EAN-8 ha %1 cifre; attese 8</translation>
    </message>
    <message>
        <source>in-store code %1: price verifier digit wrong (expected %2, got %3) for value %4; rescan, or check the layout &quot;%5&quot;</source>
        <translation>codice interno %1: cifra di verifica del prezzo errata (attesa %2, letta %3) per il valore %4; ripeti la scansione o controlla il layout &quot;%5&quot;</translation>
    </message>
    <message>
        <source>GS1 scan contains byte %1 at position %2, which GS1 data never holds (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>la scansione GS1 contiene il byte %1 in posizione %2, che non può mai comparire nei dati GS1 (controlla le impostazioni di interfaccia e tastiera dello scanner)</translation>
    </message>
    <message>
        <source>the scan contains the control byte %1 at position %2 (check the scanner&apos;s interface settings and prefix/suffix)</source>
        <translation>la scansione contiene il byte di controllo %1 in posizione %2 (controlla le impostazioni di interfaccia e il prefisso/suffisso dello scanner)</translation>
    </message>
    <message>
        <source>the scan is not valid UTF-8 text (bytes &quot;%1&quot;): check the scanner&apos;s character encoding and keyboard settings</source>
        <translation>la scansione non è testo UTF-8 valido (byte &quot;%1&quot;): controlla la codifica dei caratteri e le impostazioni di tastiera dello scanner</translation>
    </message>
    <message>
        <source>scanner configuration: %1</source>
        <translation>configurazione dello scanner: %1</translation>
    </message>
</context>
<context>
    <name>ok::scanner::ScanResult</name>
    <message>
        <source>no AIM identifier</source>
        <translation>nessun identificatore AIM</translation>
    </message>
    <message>
        <source>GTIN %1</source>
        <translation>GTIN %1</translation>
    </message>
    <message>
        <source>add-on %1</source>
        <translation>add-on %1</translation>
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
        <translation>codice interno, articolo %1, peso %2 kg</translation>
    </message>
    <message>
        <source>in-store code, item %1, price %2</source>
        <translation>codice interno, articolo %1, prezzo %2</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; (%2 characters)</source>
        <translation>testo &quot;%1&quot; (%2 caratteri)</translation>
    </message>
</context>
<context>
    <name>ok::scanner::SerialScanner</name>
    <message>
        <source>An incomplete scan was dropped: scan again</source>
        <translation>Una scansione incompleta è stata scartata: scansiona di nuovo</translation>
    </message>
    <message>
        <source>The scanner sent more data than any barcode holds: check its suffix setting</source>
        <translation>Lo scanner ha inviato più dati di quanti ne possa contenere un codice a barre: controlla l&apos;impostazione del suffisso</translation>
    </message>
</context>
<context>
    <name>ok::services::SyncService</name>
    <message>
        <source>No live answer from the central service: %1</source>
        <translation>Nessuna risposta in tempo reale dal sistema centrale: %1</translation>
    </message>
    <message>
        <source>The central service cannot be reached right now.</source>
        <translation>Il sistema centrale non è raggiungibile al momento.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Il sistema centrale non ha risposto in tempo.</translation>
    </message>
</context>
<context>
    <name>ok::sync</name>
    <message>
        <source>The central service&apos;s certificate is not trusted (%1). Nothing was sent. Check [central] ca_file and url.</source>
        <translation>Il certificato del sistema centrale non è attendibile (%1). Non è stato inviato nulla. Controlla [central] ca_file e url.</translation>
    </message>
    <message>
        <source>The central service&apos;s key does not match the pinned key. Nothing was sent. If the server key was rotated, add the new pin to [central] pins.</source>
        <translation>La chiave del sistema centrale non corrisponde a quella fissata. Non è stato inviato nulla. Se la chiave del server è stata cambiata, aggiungi il nuovo pin a [central] pins.</translation>
    </message>
    <message>
        <source>This terminal&apos;s client certificate cannot be used (%1). Check [central] client_cert and client_key.</source>
        <translation>Il certificato client di questa postazione non è utilizzabile (%1). Controlla [central] client_cert e client_key.</translation>
    </message>
    <message>
        <source>The secure connection to the central service failed (%1).</source>
        <translation>La connessione sicura con il sistema centrale non è riuscita (%1).</translation>
    </message>
    <message>
        <source>The sync address uses a protocol that is not allowed (%1). Use https://, or set [central] allow_plain_http for development only.</source>
        <translation>L&apos;indirizzo di sincronizzazione usa un protocollo non consentito (%1). Usa https://, oppure imposta [central] allow_plain_http solo per lo sviluppo.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Il sistema centrale non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>Il sistema centrale non è raggiungibile (%1).</translation>
    </message>
    <message>
        <source>The central service sent more than %1 MiB in one answer; it was refused.</source>
        <translation>Il sistema centrale ha inviato più di %1 MiB in una sola risposta; è stata rifiutata.</translation>
    </message>
    <message>
        <source>The central service sent an answer that cannot be used (%1); nothing of it was applied.</source>
        <translation>Il sistema centrale ha inviato una risposta non utilizzabile (%1); non ne è stato applicato nulla.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The central service does not accept this terminal&apos;s token: enrol the terminal again (%1).</source>
        <translation>Il sistema centrale non accetta il token di questa postazione: registra di nuovo la postazione (%1).</translation>
    </message>
    <message>
        <source>This terminal is not enrolled: ask the central admin for an enrolment code and set enrolment_code in the [central] section.</source>
        <translation>Questa postazione non è registrata: chiedi all&apos;amministratore centrale un codice di registrazione e imposta enrolment_code nella sezione [central].</translation>
    </message>
</context>
<context>
    <name>ok::ticketdraft</name>
    <message>
        <source>The saved basket could not be read; it was kept in the ledger for staff</source>
        <translation>Impossibile leggere lo scontrino salvato; è stato conservato nel registro per il personale</translation>
    </message>
    <message>
        <source>The saved basket has an invalid line (%1)</source>
        <translation>Lo scontrino salvato contiene una riga non valida (%1)</translation>
    </message>
    <message>
        <source>The saved basket could not be restored line by line</source>
        <translation>Impossibile ripristinare lo scontrino salvato riga per riga</translation>
    </message>
</context>
</TS>
