<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Wymagana akceptacja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Akceptuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>CashMenu</name>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Paragony</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Zamknięcie dnia</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Wpłata</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Gotówka włożona do szuflady</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Wypłata</translation>
    </message>
    <message>
        <source>Cash taken from the drawer (bank, safe, petty cash)</source>
        <translation>Gotówka wyjęta z szuflady (bank, sejf, kasa podręczna)</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>Otwarcie szuflady (bez sprzedaży)</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>otwarcie szuflady</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>Drukuj raport X</translation>
    </message>
    <message>
        <source>%1 · receipt %2 · %3 · %4</source>
        <translation>%1 · paragon %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Drukuj ponownie (kopia)</translation>
    </message>
    <message>
        <source>Count the drawer. The till compares your count with what it expects only after you confirm.</source>
        <translation>Policz zawartość szuflady. Kasa porówna wynik ze stanem oczekiwanym dopiero po zatwierdzeniu.</translation>
    </message>
    <message>
        <source>Close the day and print the Z report</source>
        <translation>Zamknij dzień i wydrukuj raport Z</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Scan the loyalty card, or type phone or e-mail</source>
        <translation>Zeskanuj kartę lojalnościową lub wpisz telefon albo e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Karta %1 · %2</translation>
    </message>
    <message>
        <source>Web order number, e.g. W200001</source>
        <translation>Numer zamówienia internetowego, np. W200001</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Orders in every channel</source>
        <translation>Zamówienia we wszystkich kanałach</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Open an order by its number or from the customer&apos;s list to collect it here or return it here.</source>
        <translation>Otwórz zamówienie po numerze lub z listy zamówień klienta, aby wydać je w tym sklepie albo przyjąć tu jego zwrot.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · paid %2 (%3)</source>
        <translation>%1 · zapłacono %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>zwrócono %1</translation>
    </message>
    <message>
        <source>Return, refund %1</source>
        <translation>Przyjmij zwrot, do zwrotu %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Przyjmij zwrot</translation>
    </message>
    <message>
        <source>Collect in this store instead</source>
        <translation>Zmień na odbiór w tym sklepie</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Counted: %1</source>
        <translation>Policzono: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>No devices are configured. Add [device.NAME] sections to the configuration file (see docs/devices.md).</source>
        <translation>Nie skonfigurowano żadnych urządzeń. Dodaj sekcje [device.NAZWA] do pliku konfiguracyjnego (zob. docs/devices.md).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Wydruk testowy</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Otwórz szufladę</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Otwórz drzwiczki</translation>
    </message>
    <message>
        <source>No compartments configured (key compartments)</source>
        <translation>Brak skonfigurowanych skrytek (klucz compartments)</translation>
    </message>
    <message>
        <source>Scan any code: it appears under Scanner test.</source>
        <translation>Zeskanuj dowolny kod: pojawi się w sekcji „Test skanera”.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Kolejka wydruku</translation>
    </message>
    <message>
        <source>%1 to decide</source>
        <translation>Do decyzji: %1</translation>
    </message>
    <message>
        <source>No receipt printer is configured.</source>
        <translation>Nie skonfigurowano drukarki paragonów.</translation>
    </message>
    <message>
        <source>Nothing waits to be printed.</source>
        <translation>Nic nie czeka na wydruk.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
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
        <translation>%1 (prób: %2)</translation>
    </message>
    <message>
        <source>It printed</source>
        <translation>Oznacz jako wydrukowane</translation>
    </message>
    <message>
        <source>Reprint as copy</source>
        <translation>Drukuj ponownie jako kopię</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Test skanera</translation>
    </message>
    <message>
        <source>No scanner device is configured. Keyboard-wedge scanners without a device section type into the window instead.</source>
        <translation>Nie skonfigurowano żadnego skanera. Skanery w trybie emulacji klawiatury bez własnej sekcji urządzenia wpisują kod bezpośrednio do okna.</translation>
    </message>
    <message>
        <source>Scan any code with any scanner: it shows here with what it means.</source>
        <translation>Zeskanuj dowolny kod dowolnym skanerem: pojawi się tutaj wraz z interpretacją.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Scan any product to check its price and stock</source>
        <translation>Proszę zeskanować dowolny produkt, aby sprawdzić cenę i dostępność</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <source>Ring up sales, returns, cash drawer</source>
        <translation>Sprzedaż, zwroty, szuflada kasowa</translation>
    </message>
    <message>
        <source>%1 is signed in</source>
        <translation>Zalogowano: %1</translation>
    </message>
    <message>
        <source>Staff PIN or badge</source>
        <translation>PIN lub identyfikator pracownika</translation>
    </message>
    <message>
        <source>Collect an order</source>
        <translation>Odbiór zamówienia</translation>
    </message>
    <message>
        <source>Scan or type your pickup code</source>
        <translation>Proszę zeskanować lub wpisać kod odbioru</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Price and stock here, in other stores and the warehouse</source>
        <translation>Cena i dostępność w tym sklepie, w innych sklepach i w magazynie centralnym</translation>
    </message>
    <message>
        <source>%L1 products</source>
        <translation>Produkty: %L1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Obsługa klienta</translation>
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
        <translation>Omnikiosk — %1 · stanowisko %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Zamówienia „Zamów i odbierz”</translation>
    </message>
    <message>
        <source>Customer at the counter for order %1</source>
        <translation>Klient czeka przy ladzie na zamówienie %1</translation>
    </message>
    <message>
        <source>Locker door needs attention: %1</source>
        <translation>Drzwiczki szafy odbiorczej wymagają uwagi: %1</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Obsługa klienta</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Order number, name or pickup code</source>
        <translation>Numer zamówienia, nazwisko lub kod odbioru</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Awaiting loading</source>
        <translation>Czeka na załadowanie</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Gotowe w szafie odbiorczej</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Gotowe przy ladzie</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Wybierz zamówienie</translation>
    </message>
    <message>
        <source>Collect until %1 · parcels: %2</source>
        <translation>Odbiór do %1 · paczki: %2</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nieodebrane</translation>
    </message>
    <message>
        <source>ID checked:</source>
        <translation>Sprawdzony dokument:</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Dowód osobisty</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Prawo jazdy</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Wydaj</translation>
    </message>
    <message>
        <source>Compartments</source>
        <translation>Skrytki</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Bez barier</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Zaproponuj</translation>
    </message>
    <message>
        <source>Open and load</source>
        <translation>Otwórz i załaduj</translation>
    </message>
    <message>
        <source>Keep at the counter</source>
        <translation>Zostaw przy ladzie</translation>
    </message>
    <message>
        <source>Take back to stock</source>
        <translation>Przyjmij z powrotem na stan</translation>
    </message>
    <message>
        <source>Extend 3 days</source>
        <translation>Przedłuż o 3 dni</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Unlock after wrong codes</source>
        <translation>Odblokuj po błędnych kodach</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Otwórz drzwiczki</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Zamówienia „Zamów i odbierz”</translation>
    </message>
    <message>
        <source>Any door:</source>
        <translation>Dowolne drzwiczki:</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Wstecz</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Wstecz</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <source>Collect your order</source>
        <translation>Odbiór zamówienia</translation>
    </message>
    <message>
        <source>Hold the QR code from your message under the scanner, or type your pickup code.</source>
        <translation>Proszę przyłożyć kod QR z wiadomości pod skaner lub wpisać kod odbioru.</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Wpisanie kodu</translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Kod odbioru</translation>
    </message>
    <message>
        <source>Open my locker</source>
        <translation>Otwarcie skrytki</translation>
    </message>
    <message numerus="yes">
        <source>Hello %1 · %n item(s)</source>
        <translation>
            <numerusform>Dzień dobry, %1 · %n produkt</numerusform>
            <numerusform>Dzień dobry, %1 · %n produkty</numerusform>
            <numerusform>Dzień dobry, %1 · %n produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening door %1 …</source>
        <translation>Otwieranie drzwiczek %1 …</translation>
    </message>
    <message>
        <source>Door %1 is open. Take your order and close the door.</source>
        <translation>Drzwiczki %1 są otwarte. Proszę odebrać zamówienie i zamknąć drzwiczki.</translation>
    </message>
    <message>
        <source>Thank you! Enjoy your order.</source>
        <translation>Dziękujemy! Miłego korzystania z zakupów.</translation>
    </message>
    <message>
        <source>Your order is waiting at the counter. A member of staff is on the way.</source>
        <translation>Zamówienie czeka przy ladzie. Pracownik sklepu zaraz podejdzie.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Opening doors %1 …</source>
        <translation>Otwieranie drzwiczek %1 …</translation>
    </message>
    <message>
        <source>Doors %1 are open. Take your order and close the doors.</source>
        <translation>Drzwiczki %1 są otwarte. Proszę odebrać zamówienie i zamknąć drzwiczki.</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <source>Select a product to see its stock everywhere</source>
        <translation>Proszę wybrać produkt, aby zobaczyć jego dostępność we wszystkich lokalizacjach</translation>
    </message>
    <message>
        <source>Barcode %1 · %2 · VAT %3</source>
        <translation>Kod kreskowy %1 · %2 · VAT %3</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation>%1 (ten sklep)</translation>
    </message>
    <message>
        <source>%1: %2 available</source>
        <translation>%1: dostępne %2</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Tutaj</translation>
    </message>
    <message>
        <source>on hand %1 · reserved %2 · in transit %3</source>
        <translation>na stanie %1 · zarezerwowane %2 · w drodze %3</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Odłóż…</translation>
    </message>
    <message>
        <source>Order…</source>
        <translation>Zamów…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Policz…</translation>
    </message>
    <message>
        <source>Staff with the permission sign in (Store desk) to hold, order or count.</source>
        <translation>Aby odłożyć, zamówić lub policzyć towar, zaloguj się jako pracownik z uprawnieniem (Obsługa klienta).</translation>
    </message>
</context>
<context>
    <name>ProductLookupPage</name>
    <message>
        <source>Type a name, SKU or barcode — or scan</source>
        <translation>Proszę wpisać nazwę, SKU lub kod kreskowy — albo zeskanować produkt</translation>
    </message>
    <message>
        <source>%1 · in store: %2</source>
        <translation>%1 · w sklepie: %2</translation>
    </message>
    <message>
        <source>Start typing or scan a barcode.
Search ignores accents: “zolc” finds “Żółć”.</source>
        <translation>Proszę zacząć pisać lub zeskanować kod kreskowy.
Wyszukiwanie nie rozróżnia polskich znaków: „zolc” znajdzie „Żółć”.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>nie można utworzyć katalogu danych %1</translation>
    </message>
    <message>
        <source>cannot restrict the data directory %1 to its owner (mode 0700)</source>
        <translation>nie można ograniczyć dostępu do katalogu danych %1 tylko do właściciela (tryb 0700)</translation>
    </message>
    <message>
        <source>[store] currency %1 is not supported</source>
        <translation>[store] currency: waluta %1 nie jest obsługiwana</translation>
    </message>
    <message>
        <source>Sync has stopped</source>
        <translation>Synchronizacja została zatrzymana</translation>
    </message>
    <message>
        <source>the shell (%1) did not load</source>
        <translation>nie udało się załadować powłoki interfejsu (%1)</translation>
    </message>
    <message>
        <source>Main.qml did not create a window</source>
        <translation>Main.qml nie utworzył okna</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation>Z paragonem</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Bez paragonu</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code or type its number</source>
        <translation>Zeskanuj kod QR z paragonu lub wpisz jego numer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>sold %1 · paid %2 · left %3</source>
        <translation>sprzedano %1 · zapłacono %2 · pozostało %3</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Kod produktu</translation>
    </message>
    <message>
        <source>How many (kg for weighed goods)</source>
        <translation>Ilość (kg dla towarów ważonych)</translation>
    </message>
    <message>
        <source>Price paid (empty: today&apos;s price)</source>
        <translation>Zapłacona cena (puste: cena dzisiejsza)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Zwrot bez paragonu</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Paragon: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Tap a line first</source>
        <translation>Najpierw wybierz pozycję</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Rabat na pozycję %</translation>
    </message>
    <message>
        <source>0 removes the discount</source>
        <translation>0 usuwa rabat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Drawer open</source>
        <translation>Szuflada otwarta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Receipt %1 was saved but never printed. Tap to print it (the sale is not rung again).</source>
        <translation>Paragon %1 zapisano, ale nie wydrukowano. Dotknij, aby go wydrukować (sprzedaż nie zostanie zarejestrowana ponownie).</translation>
    </message>
    <message>
        <source>Scan an item or search on the right</source>
        <translation>Zeskanuj produkt lub wyszukaj go po prawej</translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Rabaty: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Search name or code (F2)</source>
        <translation>Szukaj po nazwie lub kodzie (F2)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Waga: %1</translation>
    </message>
    <message>
        <source>kg, e.g. 0.750</source>
        <translation>kg, np. 0,750</translation>
    </message>
    <message>
        <source>Quantity
F6</source>
        <translation>Ilość
F6</translation>
    </message>
    <message>
        <source>Discount
F7</source>
        <translation>Rabat
F7</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nowa cena</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>Wymaga akceptacji kierownika zmiany</translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation>Storno pozycji
F8</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Rabat na paragon</translation>
    </message>
    <message>
        <source>Discount on the whole ticket %</source>
        <translation>Rabat na cały paragon %</translation>
    </message>
    <message>
        <source>0 removes it</source>
        <translation>0 usuwa rabat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Park
F9</source>
        <translation>Zawieś
F9</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>Zawieszone (%1)</translation>
    </message>
    <message>
        <source>Return
F10</source>
        <translation>Zwrot
F10</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Anuluj paragon</translation>
    </message>
    <message>
        <source>Cash · reports
F12</source>
        <translation>Gotówka · raporty
F12</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>F2 search · F4 pay · F6 quantity · F7 discount · F8 void line · F9 park · F10 return · F12 cash</source>
        <translation>F2 szukaj · F4 płatność · F6 ilość · F7 rabat · F8 storno pozycji · F9 zawieś · F10 zwrot · F12 gotówka</translation>
    </message>
    <message>
        <source>PAY BACK %1  (F4)</source>
        <translation>DO ZWROTU %1  (F4)</translation>
    </message>
    <message>
        <source>PAY %1  (F4)</source>
        <translation>DO ZAPŁATY %1  (F4)</translation>
    </message>
    <message>
        <source>Parked tickets</source>
        <translation>Zawieszone paragony</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Card on this sale</source>
        <translation>Dodaj kartę do paragonu</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open the shift</source>
        <translation>Otwarcie zmiany</translation>
    </message>
    <message>
        <source>%1, count the float you put in the drawer.</source>
        <translation>%1, policz pogotowie kasowe włożone do szuflady.</translation>
    </message>
    <message>
        <source>Open shift with %1</source>
        <translation>Otwórz zmianę: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Kto jest przy kasie?</translation>
    </message>
    <message>
        <source>This badge is not a staff member of this store</source>
        <translation>Ten identyfikator nie należy do pracownika tego sklepu</translation>
    </message>
    <message>
        <source>Tap your name or scan your staff badge</source>
        <translation>Wybierz swoje nazwisko lub zeskanuj identyfikator pracownika</translation>
    </message>
    <message>
        <source>No staff accounts yet: they arrive with the first sync from head office.</source>
        <translation>Brak kont pracowników: pojawią się po pierwszej synchronizacji z centralą.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Wybierz swoje nazwisko</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>%1: staff only</source>
        <translation>%1: tylko dla personelu</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Tylko dla personelu</translation>
    </message>
    <message>
        <source>%1, your role (%2) may not open this screen. Ask a supervisor.</source>
        <translation>%1, twoja rola (%2) nie daje dostępu do tego ekranu. Poproś kierownika zmiany.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Wstecz</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
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
        <translation>Stanowisko %1</translation>
    </message>
    <message>
        <source>● Local cache only</source>
        <translation>● Tylko dane lokalne</translation>
    </message>
    <message>
        <source>● Online · sending %1</source>
        <translation>● Online · wysyłanie: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline · %1 to send</source>
        <translation>● Offline · do wysłania: %1</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <source>DEV: plain HTTP</source>
        <translation>DEV: HTTP bez szyfrowania</translation>
    </message>
    <message>
        <source>No devices configured</source>
        <translation>Brak skonfigurowanych urządzeń</translation>
    </message>
    <message>
        <source>Devices %1/%2 online</source>
        <translation>Urządzenia online: %1/%2</translation>
    </message>
    <message>
        <source>Language of my screens</source>
        <translation>Język moich ekranów</translation>
    </message>
</context>
<context>
    <name>StockActionDialog</name>
    <message>
        <source>Hold %1 for a customer</source>
        <translation>Odłóż %1 dla klienta</translation>
    </message>
    <message>
        <source>Order %1 from another location</source>
        <translation>Zamów %1 z innej lokalizacji</translation>
    </message>
    <message>
        <source>Count %1 here</source>
        <translation>Policz %1 w tym sklepie</translation>
    </message>
    <message>
        <source>Available here: %1. The hold lowers it at once, here and for the web shop.</source>
        <translation>Dostępne tutaj: %1. Odłożenie od razu zmniejsza tę liczbę, tutaj i w sklepie internetowym.</translation>
    </message>
    <message>
        <source>The request goes through the central service (queued while offline). Sent to this store, it becomes a click-and-collect order when it arrives.</source>
        <translation>Zlecenie trafia do centrali (bez połączenia czeka w kolejce). Towar zamówiony do tego sklepu stanie się po dostarczeniu zamówieniem „Zamów i odbierz”.</translation>
    </message>
    <message>
        <source>The system shows %1 on hand. Count every piece on the shelf and in the back room and enter the total.</source>
        <translation>System pokazuje stan %1. Policz wszystkie sztuki na półce i na zapleczu i wpisz łączną liczbę.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Policzono</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dla</translation>
    </message>
    <message>
        <source>Customer&apos;s name, for the shelf label</source>
        <translation>Nazwisko klienta, na etykietę na półce</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Liczba godzin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Ten sklep</translation>
    </message>
    <message>
        <source>The customer&apos;s home</source>
        <translation>Dom klienta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Street, number, postcode, city</source>
        <translation>Ulica, numer, kod pocztowy, miejscowość</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamów</translation>
    </message>
    <message>
        <source>Send count</source>
        <translation>Wyślij wynik liczenia</translation>
    </message>
</context>
<context>
    <name>StoreDeskPage</name>
    <message>
        <source>Store desk</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Holds and requests</source>
        <translation>Odłożone towary i zlecenia</translation>
    </message>
    <message>
        <source>Active holds</source>
        <translation>Odłożone towary</translation>
    </message>
    <message>
        <source>No active holds</source>
        <translation>Brak odłożonych towarów</translation>
    </message>
    <message>
        <source>%1 × %2 for %3, until %4 (%5)</source>
        <translation>%1 × %2 dla: %3, do %4 (%5)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sprzedane</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>Anuluj odłożenie</translation>
    </message>
    <message>
        <source>Orders, counts and web actions made here</source>
        <translation>Zamówienia, liczenia i operacje na zamówieniach internetowych z tego stanowiska</translation>
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
        <translation>Synchronizacja z centralą</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Do wysłania</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1, the oldest for %2</source>
        <translation>%1, najstarsze czeka %2</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Ostatnio wysłano</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Ostatnio odebrano</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Zegar</translation>
    </message>
    <message>
        <source>%1: set this terminal&apos;s clock (nothing is decided by it)</source>
        <translation>%1: ustaw zegar tego stanowiska (nic od niego nie zależy)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Strumienie danych</translation>
    </message>
    <message>
        <source>Refused by the central service</source>
        <translation>Odrzucone przez centralę</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>Nic nie zostało odrzucone.</translation>
    </message>
    <message>
        <source>These events were not applied centrally; they stay here until they are accepted. Fix what the reason says, then send the event again.</source>
        <translation>Te zdarzenia nie zostały przyjęte przez centralę; pozostaną tutaj, dopóki nie zostaną zaakceptowane. Usuń przyczynę podaną w komunikacie, a następnie wyślij zdarzenie ponownie.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · attempts: %2</source>
        <translation>%1 · próby: %2</translation>
    </message>
    <message>
        <source>Another event was sent under the same id: report this to support before sending it again.</source>
        <translation>Pod tym samym identyfikatorem wysłano już inne zdarzenie: zgłoś to do pomocy technicznej, zanim wyślesz je ponownie.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Pay back</source>
        <translation>Do zwrotu</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>Gotówką: %1</translation>
    </message>
    <message>
        <source> · change %1</source>
        <translation> · reszta %1</translation>
    </message>
    <message>
        <source>Waiting for the card terminal… %1</source>
        <translation>Oczekiwanie na terminal płatniczy… %1</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Anuluj płatność kartą</translation>
    </message>
    <message>
        <source>Check card payment</source>
        <translation>Sprawdź płatność kartą</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Wróć do koszyka</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Pay back in cash</source>
        <translation>Zwróć gotówką</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karta %1</translation>
    </message>
    <message>
        <source>Refund to card</source>
        <translation>Zwrot na kartę</translation>
    </message>
    <message>
        <source>Card, whole amount</source>
        <translation>Karta, cała kwota</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>Punkty o wartości %1</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Punkty (%1)</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>less than a minute</source>
        <translation>mniej niż minutę</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 temu)</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalController</name>
    <message>
        <source>Choose who approves</source>
        <translation>Wybierz osobę akceptującą</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalGate</name>
    <message>
        <source>Nothing is waiting for an approval</source>
        <translation>Nic nie czeka na akceptację</translation>
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
        <translation>Zwrot, pozycja %1 paragonu</translation>
    </message>
</context>
<context>
    <name>ok::CashController</name>
    <message>
        <source>check the numbers</source>
        <translation>sprawdź wpisane ilości</translation>
    </message>
    <message>
        <source>Counts are whole numbers of notes and coins</source>
        <translation>Liczby banknotów i monet muszą być liczbami całkowitymi</translation>
    </message>
    <message>
        <source>Shift open with a float of %1</source>
        <translation>Zmiana otwarta, pogotowie kasowe: %1</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. 100</source>
        <translation>Wpisz kwotę, np. 100</translation>
    </message>
    <message>
        <source>X report printed</source>
        <translation>Wydrukowano raport X</translation>
    </message>
    <message>
        <source>The copy is printing</source>
        <translation>Drukowanie kopii</translation>
    </message>
    <message>
        <source>return</source>
        <translation>zwrot</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>wymiana</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>sprzedaż</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 over.</source>
        <translation>Dzień zamknięty: wydrukowano raport Z nr %1. Policzono %2, oczekiwano %3: nadwyżka %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 short.</source>
        <translation>Dzień zamknięty: wydrukowano raport Z nr %1. Policzono %2, oczekiwano %3: niedobór %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, as expected.</source>
        <translation>Dzień zamknięty: wydrukowano raport Z nr %1. Policzono %2, zgodnie z oczekiwaniem.</translation>
    </message>
</context>
<context>
    <name>ok::CashDesk</name>
    <message>
        <source>No receipt printer: the report is saved and was sent to head office</source>
        <translation>Brak drukarki paragonów: raport został zapisany i wysłany do centrali</translation>
    </message>
    <message>
        <source>Open a shift first</source>
        <translation>Najpierw otwórz zmianę</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Brak otwartej zmiany</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Raport X</translation>
    </message>
    <message>
        <source>Finish, park or void the open ticket before closing the day</source>
        <translation>Przed zamknięciem dnia zakończ, zawieś lub anuluj otwarty paragon</translation>
    </message>
    <message>
        <source>The count has a negative or impossible number</source>
        <translation>W liczeniu jest wartość ujemna lub nieprawidłowa</translation>
    </message>
    <message>
        <source>The count differs from what the till expects by more than the limit. Count again, or a manager accepts it with a reason.</source>
        <translation>Wynik liczenia różni się od stanu oczekiwanego przez kasę o więcej niż dopuszczalny limit. Policz ponownie albo poproś kierownika sklepu o akceptację z podaniem powodu.</translation>
    </message>
    <message>
        <source>A manager accepting a count difference must give a reason</source>
        <translation>Kierownik sklepu akceptujący różnicę w liczeniu musi podać powód</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Raport Z nr %1</translation>
    </message>
</context>
<context>
    <name>ok::CashDrawerService</name>
    <message>
        <source>No cash drawer is configured (it hangs on the receipt printer)</source>
        <translation>Nie skonfigurowano szuflady kasowej (podłącza się ją do drukarki paragonów)</translation>
    </message>
    <message>
        <source>The cash drawer hangs on a receipt printer</source>
        <translation>Szuflada kasowa działa tylko przez drukarkę paragonów</translation>
    </message>
    <message>
        <source>This printer has no cash drawer</source>
        <translation>Ta drukarka nie ma szuflady kasowej</translation>
    </message>
    <message>
        <source>A drawer opening needs the person who asked for it</source>
        <translation>Otwarcie szuflady wymaga wskazania osoby, która o nie poprosiła</translation>
    </message>
    <message>
        <source>The drawer was not opened: the journal could not be written (%1)</source>
        <translation>Szuflada nie została otwarta: nie udało się dokonać zapisu w rejestrze (%1)</translation>
    </message>
</context>
<context>
    <name>ok::CatalogService</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Katalog produktów jest niedostępny.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>ok::CustomerController</name>
    <message>
        <source>Back to the original payment</source>
        <translation>Na pierwotną formę płatności</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Bon zwrotny</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>%1 points (worth %2)</source>
        <translation>%1 pkt (wartość %2)</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Bon zwrotny %1</translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation>Opłacone, w przygotowaniu</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doręczone</translation>
    </message>
    <message>
        <source>To collect in store</source>
        <translation>Do odbioru w sklepie</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Sklep internetowy</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Delivery to the customer&apos;s home</source>
        <translation>Dostawa do domu klienta</translation>
    </message>
    <message>
        <source>Collect in store %1</source>
        <translation>Odbiór w sklepie %1</translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation>Wyszukiwanie klienta…</translation>
    </message>
    <message>
        <source>No customer with that card, phone number or e-mail address</source>
        <translation>Brak klienta o takiej karcie, numerze telefonu lub adresie e-mail</translation>
    </message>
    <message>
        <source>%1 customers match: choose one</source>
        <translation>Pasujący klienci: %1. Wybierz jednego</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Wyszukiwanie zamówienia…</translation>
    </message>
    <message>
        <source>Order %1 will be collected here: the central service confirms it and it appears among the click-and-collect orders.</source>
        <translation>Zamówienie %1 zostanie odebrane w tym sklepie: centrala to potwierdzi, a zamówienie pojawi się wśród zamówień „Zamów i odbierz”.</translation>
    </message>
    <message>
        <source>%1&apos;s loyalty card is on the sale: it earns points.</source>
        <translation>Dodano do paragonu kartę lojalnościową: %1. Za zakupy zostaną naliczone punkty.</translation>
    </message>
    <message>
        <source>Enter the amount to pay with points</source>
        <translation>Wpisz kwotę do zapłaty punktami</translation>
    </message>
    <message>
        <source>%1 has only %2 points</source>
        <translation>%1 ma tylko %2 pkt</translation>
    </message>
    <message>
        <source>Returned: %1 becomes the customer&apos;s store credit once the central service has the return; the web shop shows it.</source>
        <translation>Zwrot przyjęty: %1 trafi na bon zwrotny klienta, gdy centrala otrzyma zwrot; będzie to widoczne w sklepie internetowym.</translation>
    </message>
    <message>
        <source>Returned: %1 goes back to the original payment once the central service has the return; the web shop shows it.</source>
        <translation>Zwrot przyjęty: %1 wróci na pierwotną formę płatności, gdy centrala otrzyma zwrot; będzie to widoczne w sklepie internetowym.</translation>
    </message>
    <message>
        <source>card online</source>
        <translation>karta online</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>bon zwrotny</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkty</translation>
    </message>
</context>
<context>
    <name>ok::CustomerDesk</name>
    <message>
        <source>Customers are looked up at the central service, and this terminal has none configured</source>
        <translation>Klientów wyszukuje się w centrali, a na tym stanowisku nie skonfigurowano centrali</translation>
    </message>
    <message>
        <source>Scan the loyalty card, or type a phone number or an e-mail address</source>
        <translation>Zeskanuj kartę lojalnościową lub wpisz numer telefonu albo adres e-mail</translation>
    </message>
    <message>
        <source>Type the web order number as on the customer&apos;s confirmation, e.g. W200001</source>
        <translation>Wpisz numer zamówienia internetowego z potwierdzenia klienta, np. W200001</translation>
    </message>
    <message>
        <source>Only a paid order that has not left for the customer&apos;s home can be collected here</source>
        <translation>Tutaj można odebrać tylko opłacone zamówienie, które nie zostało wysłane do domu klienta</translation>
    </message>
    <message>
        <source>The order was paid in %1: it can be collected only in a store that sells in %1</source>
        <translation>Zamówienie opłacono w walucie %1: można je odebrać tylko w sklepie, który sprzedaje w walucie %1</translation>
    </message>
    <message>
        <source>The order has no line %1</source>
        <translation>Zamówienie nie ma pozycji %1</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be returned</source>
        <translation>Pozycja %1: można zwrócić najwyżej %2</translation>
    </message>
    <message>
        <source>Choose what the customer returns</source>
        <translation>Wybierz, co klient zwraca</translation>
    </message>
    <message>
        <source>This store does not refund web orders that way</source>
        <translation>Ten sklep nie zwraca pieniędzy za zamówienia internetowe w ten sposób</translation>
    </message>
    <message>
        <source>The order was paid in %1: return it in a store that sells in %1</source>
        <translation>Zamówienie opłacono w walucie %1: zwrot jest możliwy w sklepie, który sprzedaje w walucie %1</translation>
    </message>
    <message>
        <source>The order has not reached the customer yet: nothing to return</source>
        <translation>Zamówienie nie dotarło jeszcze do klienta: nie ma czego zwracać</translation>
    </message>
    <message>
        <source>Points cannot be paid with while the central service is out of reach: the balance could be spent twice. Take another payment; the sale still earns points.</source>
        <translation>Nie można płacić punktami, gdy nie ma połączenia z centralą: saldo punktów mogłoby zostać wykorzystane dwukrotnie. Przyjmij inną formę płatności; za zakupy i tak zostaną naliczone punkty.</translation>
    </message>
    <message>
        <source>Enter the points to pay with</source>
        <translation>Wpisz liczbę punktów do zapłaty</translation>
    </message>
</context>
<context>
    <name>ok::DeviceManager</name>
    <message>
        <source>Test print %1 printed</source>
        <translation>Wydruk testowy %1: wydrukowano</translation>
    </message>
    <message>
        <source>Test print %1 waits for the printer: %2</source>
        <translation>Wydruk testowy %1 czeka na drukarkę: %2</translation>
    </message>
    <message>
        <source>Test print %1 may not have printed: %2</source>
        <translation>Wydruk testowy %1 mógł się nie wydrukować: %2</translation>
    </message>
    <message>
        <source>A receipt may not have printed: check the printer and its queue on the device screen</source>
        <translation>Paragon mógł się nie wydrukować: sprawdź drukarkę i jej kolejkę na ekranie urządzeń</translation>
    </message>
    <message>
        <source>%1 (%2): not available: %3</source>
        <translation>%1 (%2): niedostępne: %3</translation>
    </message>
    <message>
        <source>print queue: %1 waiting, %2 uncertain</source>
        <translation>kolejka wydruku: oczekujące %1, niepewne %2</translation>
    </message>
    <message>
        <source>No receipt printer configured</source>
        <translation>Nie skonfigurowano drukarki paragonów</translation>
    </message>
    <message>
        <source>Receipt printer offline: receipts wait in the queue</source>
        <translation>Drukarka paragonów offline: paragony czekają w kolejce</translation>
    </message>
    <message>
        <source>Receipt printer: %1 Receipts wait in the queue.</source>
        <translation>Drukarka paragonów: %1 Paragony czekają w kolejce.</translation>
    </message>
</context>
<context>
    <name>ok::DeviceTests</name>
    <message>
        <source>This device is not a receipt printer</source>
        <translation>To urządzenie nie jest drukarką paragonów</translation>
    </message>
    <message>
        <source>The print queue could not be opened: see the log</source>
        <translation>Nie udało się otworzyć kolejki wydruku: sprawdź log</translation>
    </message>
    <message>
        <source>Omnikiosk test print</source>
        <translation>Omnikiosk — wydruk testowy</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Zlecający</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Wydruk testowy</translation>
    </message>
    <message>
        <source>Test print %1 sent</source>
        <translation>Wysłano wydruk testowy %1</translation>
    </message>
    <message>
        <source>Test print %1 queued: it prints when the printer is ready</source>
        <translation>Wydruk testowy %1 w kolejce: wydrukuje się, gdy drukarka będzie gotowa</translation>
    </message>
    <message>
        <source>Drawer kick sent</source>
        <translation>Wysłano impuls otwarcia szuflady</translation>
    </message>
    <message>
        <source>This device is not a locker</source>
        <translation>To urządzenie nie jest szafą odbiorczą</translation>
    </message>
    <message>
        <source>There is no compartment &quot;%1&quot; on %2</source>
        <translation>Urządzenie %2 nie ma skrytki „%1”</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Drzwiczki nie zostały otwarte: nie udało się dokonać zapisu w rejestrze (%1)</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Otwieranie skrytki %1 …</translation>
    </message>
    <message>
        <source>This device has no print queue</source>
        <translation>To urządzenie nie ma kolejki wydruku</translation>
    </message>
</context>
<context>
    <name>ok::DevicesModel</name>
    <message>
        <source>%1: your role may not do this here. Someone whose role may must sign in.</source>
        <translation>%1: twoja rola nie ma tego uprawnienia. Musi zalogować się osoba z odpowiednią rolą.</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Nie ma takiego urządzenia</translation>
    </message>
</context>
<context>
    <name>ok::DiskSpace</name>
    <message>
        <source>The terminal&apos;s disk is nearly full (%1 MB free, %2 MB needed): no new sale can start. Call support: docs/operations.md, &apos;Disk full&apos;</source>
        <translation>Dysk stanowiska jest prawie pełny (wolne %1 MB, potrzeba %2 MB): nie można rozpocząć nowej sprzedaży. Wezwij serwis: docs/operations.md, &apos;Disk full&apos;</translation>
    </message>
</context>
<context>
    <name>ok::KeyboardWedge</name>
    <message>
        <source>A scan of more than %L1 characters was ignored: no barcode is that long. If a key is stuck on the keyboard or the scanner, release it.</source>
        <translation>Zignorowano skan dłuższy niż %L1 znaków: żaden kod kreskowy nie jest tak długi. Jeśli zaciął się klawisz na klawiaturze lub w skanerze, zwolnij go.</translation>
    </message>
</context>
<context>
    <name>ok::LocalSyncStore</name>
    <message>
        <source>Checksum differed from the central service: pulling the stream again.</source>
        <translation>Suma kontrolna różniła się od centrali: strumień jest pobierany ponownie.</translation>
    </message>
</context>
<context>
    <name>ok::LockerDoors</name>
    <message>
        <source>There is no locker door %1</source>
        <translation>Szafa odbiorcza nie ma drzwiczek %1</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Drzwiczki nie zostały otwarte: nie udało się dokonać zapisu w rejestrze (%1)</translation>
    </message>
</context>
<context>
    <name>ok::OrdersController</name>
    <message>
        <source>Awaiting loading</source>
        <translation>Czeka na załadowanie</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Gotowe w szafie odbiorczej</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Gotowe przy ladzie</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>handed over (%1)</source>
        <translation>wydano (%1)</translation>
    </message>
    <message>
        <source>loaded into %1</source>
        <translation>załadowano do skrytki %1</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>błędny kod</translation>
    </message>
    <message>
        <source>door %1 unlocked</source>
        <translation>odblokowano drzwiczki %1</translation>
    </message>
    <message>
        <source>door %1: %2</source>
        <translation>drzwiczki %1: %2</translation>
    </message>
    <message>
        <source>Handed over here, but cancelled at the central service: check the order</source>
        <translation>Wydano tutaj, ale zamówienie anulowano w centrali: sprawdź zamówienie</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>opened late</source>
        <translation>otwarte z opóźnieniem</translation>
    </message>
    <message>
        <source>did not open</source>
        <translation>nie otworzyły się</translation>
    </message>
    <message>
        <source>not sent: the locker is not connected</source>
        <translation>nie wysłano: szafa odbiorcza nie jest podłączona</translation>
    </message>
    <message>
        <source>left open</source>
        <translation>pozostawione otwarte</translation>
    </message>
    <message>
        <source>unknown: check the locker</source>
        <translation>nieznany stan: sprawdź szafę odbiorczą</translation>
    </message>
    <message>
        <source>incident at door %1: %2</source>
        <translation>incydent przy drzwiczkach %1: %2</translation>
    </message>
    <message>
        <source>items refused</source>
        <translation>odmowa przyjęcia produktów</translation>
    </message>
    <message>
        <source>taken back to stock</source>
        <translation>zwrócono na stan</translation>
    </message>
    <message>
        <source>pickup extended</source>
        <translation>przedłużono termin odbioru</translation>
    </message>
    <message>
        <source>unlocked after wrong codes: %1</source>
        <translation>odblokowano po błędnych kodach: %1</translation>
    </message>
    <message>
        <source>customer called to the counter</source>
        <translation>klient wezwany do lady</translation>
    </message>
    <message>
        <source>kept at the counter</source>
        <translation>zostawione przy ladzie</translation>
    </message>
    <message>
        <source>shut empty: not loaded</source>
        <translation>zamknięte puste: nie załadowano</translation>
    </message>
</context>
<context>
    <name>ok::Permission</name>
    <message>
        <source>Void or reduce a line</source>
        <translation>Storno lub zmniejszenie ilości pozycji</translation>
    </message>
    <message>
        <source>Void the whole sale</source>
        <translation>Anulowanie całego paragonu</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>Zmiana ceny</translation>
    </message>
    <message>
        <source>Discount above the limit</source>
        <translation>Rabat powyżej limitu</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Zwrot bez paragonu</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Otwarcie szuflady bez sprzedaży</translation>
    </message>
    <message>
        <source>Put cash in or take it out</source>
        <translation>Wpłata lub wypłata gotówki</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Wydruk raportu X</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Zamknięcie dnia (raport Z)</translation>
    </message>
    <message>
        <source>Accept a cash count difference (manager)</source>
        <translation>Akceptacja różnicy w liczeniu gotówki (kierownik sklepu)</translation>
    </message>
    <message>
        <source>Open the staff screens</source>
        <translation>Dostęp do ekranów personelu</translation>
    </message>
    <message>
        <source>Test the devices</source>
        <translation>Testowanie urządzeń</translation>
    </message>
    <message>
        <source>Open a locker door by hand</source>
        <translation>Ręczne otwieranie drzwiczek szafy odbiorczej</translation>
    </message>
    <message>
        <source>Send a refused event again</source>
        <translation>Ponowne wysłanie odrzuconego zdarzenia</translation>
    </message>
    <message>
        <source>This needs the approval of someone who may: %1</source>
        <translation>Wymaga akceptacji osoby z uprawnieniem: %1</translation>
    </message>
    <message>
        <source>Load the lockers and hand orders over</source>
        <translation>Załadunek szaf odbiorczych i wydawanie zamówień</translation>
    </message>
    <message>
        <source>Extend a pickup or unlock a locked order</source>
        <translation>Przedłużenie terminu odbioru lub odblokowanie zablokowanego zamówienia</translation>
    </message>
    <message>
        <source>Hold, order and count stock; serve a customer&apos;s web orders</source>
        <translation>Odkładanie, zamawianie i liczenie towaru; obsługa zamówień internetowych klienta</translation>
    </message>
</context>
<context>
    <name>ok::PickupController</name>
    <message>
        <source>The door did not open. Please go to the counter: a member of staff will hand you your order.</source>
        <translation>Drzwiczki się nie otworzyły. Proszę podejść do lady: pracownik sklepu wyda zamówienie.</translation>
    </message>
</context>
<context>
    <name>ok::PickupCounter</name>
    <message>
        <source>There is no order %1 here</source>
        <translation>Zamówienia %1 nie ma w tym sklepie</translation>
    </message>
    <message>
        <source>Order %1 cannot be loaded: it is not waiting to be loaded</source>
        <translation>Nie można załadować zamówienia %1: nie czeka na załadowanie</translation>
    </message>
    <message>
        <source>No free compartment: hand the order over at the counter</source>
        <translation>Brak wolnej skrytki: wydaj zamówienie przy ladzie</translation>
    </message>
    <message>
        <source>There is no locker door %1</source>
        <translation>Szafa odbiorcza nie ma drzwiczek %1</translation>
    </message>
    <message>
        <source>Compartment %1 already holds order %2: choose another one</source>
        <translation>Skrytka %1 zawiera już zamówienie %2: wybierz inną</translation>
    </message>
    <message>
        <source>Put the parcel of order %1 in %2 and close the door</source>
        <translation>Włóż paczkę zamówienia %1 do skrytki %2 i zamknij drzwiczki</translation>
    </message>
    <message>
        <source>Order %1 is not waiting to be loaded</source>
        <translation>Zamówienie %1 nie czeka na załadowanie</translation>
    </message>
    <message>
        <source>Order %1 waits at the counter</source>
        <translation>Zamówienie %1 czeka przy ladzie</translation>
    </message>
    <message>
        <source>Order %1 cannot be handed over: it is not ready for pickup</source>
        <translation>Nie można wydać zamówienia %1: nie jest gotowe do odbioru</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: choose the document you checked</source>
        <translation>Zamówienie %1 wymaga sprawdzenia tożsamości: wybierz sprawdzony dokument</translation>
    </message>
    <message>
        <source>Line %1 of order %2 does not have that many items</source>
        <translation>Pozycja %1 zamówienia %2 nie ma tylu sztuk</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 handed over; %n refused item(s) will be refunded</source>
        <translation>
            <numerusform>Zamówienie %1 wydane; zwrot pieniędzy za %n odrzucony produkt</numerusform>
            <numerusform>Zamówienie %1 wydane; zwrot pieniędzy za %n odrzucone produkty</numerusform>
            <numerusform>Zamówienie %1 wydane; zwrot pieniędzy za %n odrzuconych produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 handed over</source>
        <translation>Zamówienie %1 wydane</translation>
    </message>
    <message>
        <source>Order %1 has not expired</source>
        <translation>Zamówienie %1 nie wygasło</translation>
    </message>
    <message>
        <source>Take the parcel of order %1 out of %2 and close the door</source>
        <translation>Wyjmij paczkę zamówienia %1 ze skrytki %2 i zamknij drzwiczki</translation>
    </message>
    <message>
        <source>Loaded: the order is ready for pickup</source>
        <translation>Załadowano: zamówienie jest gotowe do odbioru</translation>
    </message>
    <message>
        <source>Taken back: the order returns to stock</source>
        <translation>Przyjęto z powrotem: zamówienie wraca na stan</translation>
    </message>
    <message>
        <source>A pickup can be extended by 1 to %1 days</source>
        <translation>Termin odbioru można przedłużyć o 1–%1 dni</translation>
    </message>
    <message>
        <source>Order %1 can no longer be extended</source>
        <translation>Zamówienia %1 nie można już przedłużyć</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 can be collected %n more day(s)</source>
        <translation>
            <numerusform>Zamówienie %1 można odebrać jeszcze przez %n dzień</numerusform>
            <numerusform>Zamówienie %1 można odebrać jeszcze przez %n dni</numerusform>
            <numerusform>Zamówienie %1 można odebrać jeszcze przez %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the order is unlocked</source>
        <translation>Podaj powód odblokowania zamówienia</translation>
    </message>
    <message>
        <source>The order can be collected with its code again</source>
        <translation>Zamówienie można znów odebrać za pomocą kodu</translation>
    </message>
    <message>
        <source>Say why the door is opened</source>
        <translation>Podaj powód otwarcia drzwiczek</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: keep it at the counter</source>
        <translation>Zamówienie %1 wymaga sprawdzenia dokumentu tożsamości: zostaw je przy ladzie</translation>
    </message>
    <message>
        <source>%1 reads empty: the order is not ready. Open and load it again with the parcel inside.</source>
        <translation>%1: skrytka jest pusta, zamówienie nie jest gotowe. Otwórz i załaduj je ponownie z paczką w środku.</translation>
    </message>
</context>
<context>
    <name>ok::PickupDesk</name>
    <message>
        <source>This order has already been collected. If that was not you, please ask a member of staff.</source>
        <translation>To zamówienie zostało już odebrane. Jeśli odbioru nie dokonano osobiście, proszę zwrócić się do pracownika sklepu.</translation>
    </message>
    <message>
        <source>This order was cancelled. A member of staff will gladly help you.</source>
        <translation>To zamówienie zostało anulowane. Pracownik sklepu chętnie pomoże.</translation>
    </message>
    <message>
        <source>The time to collect this order has ended. Please ask a member of staff: it may still be here.</source>
        <translation>Termin odbioru tego zamówienia minął. Proszę zapytać pracownika sklepu: zamówienie może nadal tu być.</translation>
    </message>
    <message>
        <source>Your order is not ready yet. We will send you a message when it is.</source>
        <translation>Zamówienie nie jest jeszcze gotowe. Wyślemy wiadomość, gdy będzie.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Proszę odczekać %n sekundę przed ponowną próbą.</numerusform>
            <numerusform>Proszę odczekać %n sekundy przed ponowną próbą.</numerusform>
            <numerusform>Proszę odczekać %n sekund przed ponowną próbą.</numerusform>
        </translation>
    </message>
    <message>
        <source>This QR code cannot be read as a pickup code. Please type the code from your message.</source>
        <translation>Tego kodu QR nie można odczytać jako kodu odbioru. Proszę wpisać kod z wiadomości.</translation>
    </message>
    <message>
        <source>This order is waiting for you in another of our stores. Your message says which one.</source>
        <translation>To zamówienie czeka w innym naszym sklepie. W którym, podano w wiadomości.</translation>
    </message>
    <message>
        <source>We cannot find this order here yet. Please ask a member of staff.</source>
        <translation>Nie możemy jeszcze znaleźć tego zamówienia w tym sklepie. Proszę zapytać pracownika sklepu.</translation>
    </message>
    <message>
        <source>This order is locked after too many wrong codes. A member of staff can open it for you.</source>
        <translation>To zamówienie zostało zablokowane po zbyt wielu błędnych kodach. Pracownik sklepu może je odblokować.</translation>
    </message>
    <message>
        <source>A pickup code has 12 letters and digits, like K7Q2-M9XD-4HWT.</source>
        <translation>Kod odbioru składa się z 12 liter i cyfr, np. K7Q2-M9XD-4HWT.</translation>
    </message>
    <message>
        <source>This code does not match an order. Please check it and try again.</source>
        <translation>Ten kod nie pasuje do żadnego zamówienia. Proszę go sprawdzić i spróbować ponownie.</translation>
    </message>
</context>
<context>
    <name>ok::PrintQueueModel</name>
    <message>
        <source>Print jobs cannot be changed from here</source>
        <translation>Zadań wydruku nie można zmieniać z tego miejsca</translation>
    </message>
    <message>
        <source>No such print job</source>
        <translation>Nie ma takiego zadania wydruku</translation>
    </message>
    <message>
        <source>%1 (job %2) cancelled</source>
        <translation>%1 (zadanie %2): anulowano</translation>
    </message>
    <message>
        <source>%1 (job %2) queued again as copy (job %3)</source>
        <translation>%1 (zadanie %2): ponownie w kolejce jako kopia (zadanie %3)</translation>
    </message>
    <message>
        <source>%1 (job %2) marked printed</source>
        <translation>%1 (zadanie %2): oznaczono jako wydrukowane</translation>
    </message>
</context>
<context>
    <name>ok::PrintSpooler</name>
    <message>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukowanie</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>wydrukowane</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>uncertain: decide</source>
        <translation>niepewne: zdecyduj</translation>
    </message>
    <message>
        <source>The program stopped while this was printing: check whether it came out, then reprint, mark printed or cancel</source>
        <translation>Program zatrzymał się w trakcie drukowania: sprawdź, czy wydruk wyszedł, a następnie wydrukuj ponownie, oznacz jako wydrukowane lub anuluj</translation>
    </message>
    <message>
        <source>The print job could not be saved: %1</source>
        <translation>Nie udało się zapisać zadania wydruku: %1</translation>
    </message>
    <message>
        <source>The printer is not configured any more</source>
        <translation>Drukarka nie jest już skonfigurowana</translation>
    </message>
    <message>
        <source>Job %1 is %2 now: nothing was changed</source>
        <translation>Zadanie %1 ma teraz stan „%2”: nic nie zmieniono</translation>
    </message>
    <message>
        <source>There is no print job %1 for this printer</source>
        <translation>Brak zadania wydruku %1 dla tej drukarki</translation>
    </message>
    <message>
        <source>Job %1 is being printed right now: wait for the printer</source>
        <translation>Zadanie %1 jest właśnie drukowane: poczekaj na drukarkę</translation>
    </message>
    <message>
        <source>Job %1 has not printed yet: it prints when the printer is ready</source>
        <translation>Zadanie %1 nie zostało jeszcze wydrukowane: wydrukuje się, gdy drukarka będzie gotowa</translation>
    </message>
    <message>
        <source>Only a job whose outcome is uncertain can be marked printed; job %1 is %2</source>
        <translation>Jako wydrukowane można oznaczyć tylko zadanie o niepewnym wyniku; zadanie %1 ma stan „%2”</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** KOPIA ***</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>Drukarka nie jest podłączona</translation>
    </message>
    <message>
        <source>The printer is not ready</source>
        <translation>Drukarka nie jest gotowa</translation>
    </message>
</context>
<context>
    <name>ok::ProductLookupModel</name>
    <message>
        <source>no price</source>
        <translation>brak ceny</translation>
    </message>
    <message>
        <source>price in unknown currency %1</source>
        <translation>cena w nieznanej walucie %1</translation>
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
        <translation>poza asortymentem sklepu</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Brak wyników dla „%1”</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Search by name instead.</source>
        <translation>Brak produktu o kodzie kreskowym %1. Proszę wyszukać po nazwie.</translation>
    </message>
    <message>
        <source>Barcode %1 has a wrong check digit: scan it again, or type the name.</source>
        <translation>Kod kreskowy %1 ma błędną cyfrę kontrolną: proszę zeskanować go ponownie lub wpisać nazwę.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>regular price %1</source>
        <translation>cena regularna %1</translation>
    </message>
</context>
<context>
    <name>ok::ReceiptService</name>
    <message>
        <source>There is no such sale</source>
        <translation>Nie ma takiej sprzedaży</translation>
    </message>
    <message>
        <source>No receipt printer: the sale is saved; print it from the sales list later</source>
        <translation>Brak drukarki paragonów: sprzedaż została zapisana; wydrukuj paragon później z listy sprzedaży</translation>
    </message>
    <message>
        <source>Receipt %1 is already in the print queue</source>
        <translation>Paragon %1 jest już w kolejce wydruku</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Paragon %1</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopia)</translation>
    </message>
</context>
<context>
    <name>ok::Receipts</name>
    <message>
        <source>line voided</source>
        <translation>storno pozycji</translation>
    </message>
    <message>
        <source>sale voided</source>
        <translation>anulowanie paragonu</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>zmiana ceny</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>rabat</translation>
    </message>
    <message>
        <source>return without receipt</source>
        <translation>zwrot bez paragonu</translation>
    </message>
    <message>
        <source>Store %1 · Terminal %2</source>
        <translation>Sklep %1 · Kasa %2</translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation>ZWROT %1</translation>
    </message>
    <message>
        <source>EXCHANGE %1</source>
        <translation>WYMIANA %1</translation>
    </message>
    <message>
        <source>RECEIPT %1</source>
        <translation>PARAGON %1</translation>
    </message>
    <message>
        <source>For receipt %1</source>
        <translation>Do paragonu %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>returned, line %1</source>
        <translation>zwrot, poz. %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ZWROT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMA</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Zaoszczędzono</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Zaokrąglenie</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Bon zwrotny</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Reszta</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>PTU</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Cashier: %1 (%2)</source>
        <translation>Kasjer: %1 (%2)</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Akceptacja %1: %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Keep this receipt for returns. Thank you!</source>
        <translation>Prosimy zachować paragon. Dziękujemy!</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>RAPORT Z NR %1</translation>
    </message>
    <message>
        <source>X REPORT (shift still open)</source>
        <translation>RAPORT X (zmiana otwarta)</translation>
    </message>
    <message>
        <source>Shift opened %1 by %2</source>
        <translation>Zmiana otwarta %1 przez %2</translation>
    </message>
    <message>
        <source>Receipts %1 to %2</source>
        <translation>Paragony od %1 do %2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Sprzedaż (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Zwroty (%1)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Udzielone rabaty</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Pogotowie kasowe</translation>
    </message>
    <message>
        <source>Cash sales net</source>
        <translation>Gotówka ze sprzedaży</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Wpłaty</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Wypłaty</translation>
    </message>
    <message>
        <source>Drawer openings without sale</source>
        <translation>Otwarcia bez sprzedaży</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Stan oczekiwany</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Policzono</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Nadwyżka</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Niedobór</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Difference accepted by %1: %2</source>
        <translation>Akceptacja różnicy %1: %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Drukujący: %1</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>before tax</comment>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>sales minus returns</comment>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Punkty lojalnościowe</translation>
    </message>
</context>
<context>
    <name>ok::ReturnController</name>
    <message>
        <source>Scan the receipt first</source>
        <translation>Najpierw zeskanuj paragon</translation>
    </message>
    <message>
        <source>Enter the weight in kg</source>
        <translation>Wpisz wagę w kg</translation>
    </message>
    <message>
        <source>Enter how many</source>
        <translation>Wpisz ilość</translation>
    </message>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Katalog produktów jest niedostępny.</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Podaj powód zwrotu</translation>
    </message>
    <message>
        <source>Looking up %1 …</source>
        <translation>Wyszukiwanie %1 …</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog</source>
        <translation>Kodu %1 nie ma w katalogu</translation>
    </message>
    <message>
        <source>Enter the price paid, e.g. 4.99</source>
        <translation>Wpisz zapłaconą cenę, np. 4,99</translation>
    </message>
    <message>
        <source>%1 is on the ticket as a return</source>
        <translation>Dodano %1 do paragonu jako zwrot</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3 by card</source>
        <translation>Paragon %1 · %2 · zapłacono kartą %3</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3</source>
        <translation>Paragon %1 · %2 · zapłacono %3</translation>
    </message>
</context>
<context>
    <name>ok::ReturnSession</name>
    <message>
        <source>Scan the QR code on the receipt, or type its number</source>
        <translation>Zeskanuj kod QR z paragonu lub wpisz jego numer</translation>
    </message>
    <message>
        <source>Looking up receipt %1-%2 at the central service ...</source>
        <translation>Wyszukiwanie paragonu %1-%2 w centrali ...</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till. Return it there, or as a return without receipt.</source>
        <translation>Paragon %1-%2 został wystawiony na innej kasie. Przyjmij zwrot na tamtej kasie albo jako zwrot bez paragonu.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till</source>
        <translation>Na tej kasie nie ma paragonu %1</translation>
    </message>
    <message>
        <source>Receipt %1 is a return; it cannot be returned again</source>
        <translation>Paragon %1 jest paragonem zwrotu; nie można przyjąć do niego zwrotu</translation>
    </message>
    <message>
        <source>This ticket already returns lines of receipt %1: finish it first</source>
        <translation>Bieżący paragon zawiera już zwroty pozycji z paragonu %1: najpierw go zakończ</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till and could not be looked up: %3. Try again, return it there, or as a return without receipt.</source>
        <translation>Paragon %1-%2 został wystawiony na innej kasie i nie udało się go wyszukać: %3. Spróbuj ponownie, przyjmij zwrot na tamtej kasie albo jako zwrot bez paragonu.</translation>
    </message>
    <message>
        <source>The central service answered for another sale than receipt %1-%2</source>
        <translation>Centrala zwróciła dane innej sprzedaży niż paragon %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was paid in %3: it cannot be refunded in %4 here</source>
        <translation>Paragon %1-%2 został opłacony w walucie %3: nie można tu zwrócić pieniędzy w walucie %4</translation>
    </message>
    <message>
        <source>Scan the receipt first</source>
        <translation>Najpierw zeskanuj paragon</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed dodaniem zwrotów</translation>
    </message>
    <message>
        <source>Nothing of this line is left to return</source>
        <translation>Z tej pozycji nie pozostało nic do zwrotu</translation>
    </message>
    <message>
        <source>At most %1 can be returned</source>
        <translation>Można zwrócić najwyżej %1</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Podaj powód zwrotu</translation>
    </message>
    <message>
        <source>Enter a quantity above zero and a price</source>
        <translation>Wpisz ilość większą od zera i cenę</translation>
    </message>
    <message>
        <source>That amount is not possible</source>
        <translation>Nieprawidłowa kwota</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>bez paragonu: %1</translation>
    </message>
</context>
<context>
    <name>ok::SaleCommitter</name>
    <message>
        <source>The basket is empty</source>
        <translation>Koszyk jest pusty</translation>
    </message>
    <message>
        <source>The sale could not be saved: %1. Nothing is lost: try again, or call a supervisor.</source>
        <translation>Nie udało się zapisać sprzedaży: %1. Nic nie zostało utracone: spróbuj ponownie lub wezwij kierownika zmiany.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Szuflada się nie otworzyła: %1</translation>
    </message>
</context>
<context>
    <name>ok::ScanResolver</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Katalog produktów jest niedostępny.</translation>
    </message>
    <message>
        <source>Enter a weight above zero</source>
        <translation>Wpisz wagę większą od zera</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog. Search the product by name, or set it aside for a supervisor.</source>
        <translation>Kodu %1 nie ma w katalogu. Wyszukaj produkt po nazwie lub odłóż go dla kierownika zmiany.</translation>
    </message>
</context>
<context>
    <name>ok::StaffAuth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekundę</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zbyt wiele prób z błędnym PIN-em. Spróbuj ponownie za %1.</translation>
    </message>
    <message>
        <source>Unknown staff member or wrong PIN</source>
        <translation>Nieznany pracownik lub błędny PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>Błędny PIN. Zbyt wiele prób: spróbuj ponownie za %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a lock.</source>
        <translation>
            <numerusform>Błędny PIN. Pozostała %n próba przed blokadą.</numerusform>
            <numerusform>Błędny PIN. Pozostały %n próby przed blokadą.</numerusform>
            <numerusform>Błędny PIN. Pozostało %n prób przed blokadą.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not approve this either</source>
        <translation>%1 również nie może tego zaakceptować</translation>
    </message>
    <message>
        <source>This terminal does not speak &quot;%1&quot;</source>
        <translation>Ten terminal nie obsługuje języka „%1”</translation>
    </message>
</context>
<context>
    <name>ok::StaffSession</name>
    <message>
        <source>Sign in first</source>
        <translation>Najpierw się zaloguj</translation>
    </message>
</context>
<context>
    <name>ok::StaffSessionController</name>
    <message>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kierownik zmiany</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Kierownik sklepu</translation>
    </message>
</context>
<context>
    <name>ok::StockActions</name>
    <message>
        <source>Choose a product first</source>
        <translation>Najpierw wybierz produkt</translation>
    </message>
    <message>
        <source>Hold between 1 and %1 pieces</source>
        <translation>Liczba sztuk do odłożenia: od 1 do %1</translation>
    </message>
    <message>
        <source>Only %1 available here: hold fewer, or order it from another location</source>
        <translation>Tutaj dostępne tylko %1: odłóż mniej lub zamów z innej lokalizacji</translation>
    </message>
    <message>
        <source>Enter who the item is held for</source>
        <translation>Wpisz, dla kogo towar jest odłożony</translation>
    </message>
    <message>
        <source>A hold lasts between 1 and %1 hours</source>
        <translation>Czas odłożenia w godzinach: od 1 do %1</translation>
    </message>
    <message>
        <source>This hold has already ended</source>
        <translation>To odłożenie już się zakończyło</translation>
    </message>
    <message>
        <source>Choose another location to order from</source>
        <translation>Wybierz inną lokalizację, z której chcesz zamówić</translation>
    </message>
    <message>
        <source>Order between 1 and %1 pieces</source>
        <translation>Liczba zamawianych sztuk: od 1 do %1</translation>
    </message>
    <message>
        <source>Only %1 available there</source>
        <translation>Tam dostępne tylko %1</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>Wpisz imię i nazwisko klienta</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address so the customer hears when it arrives</source>
        <translation>Wpisz numer telefonu lub adres e-mail, aby klient dostał powiadomienie o dostawie</translation>
    </message>
    <message>
        <source>The phone number is not valid</source>
        <translation>Nieprawidłowy numer telefonu</translation>
    </message>
    <message>
        <source>The e-mail address is not valid</source>
        <translation>Nieprawidłowy adres e-mail</translation>
    </message>
    <message>
        <source>Enter the delivery address</source>
        <translation>Wpisz adres dostawy</translation>
    </message>
    <message>
        <source>Enter the number of pieces counted</source>
        <translation>Wpisz liczbę policzonych sztuk</translation>
    </message>
    <message>
        <source>This store&apos;s stock of the product is not known yet: wait for the stock to sync, then count</source>
        <translation>Stan tego produktu w sklepie nie jest jeszcze znany: zaczekaj na synchronizację stanów, a następnie policz</translation>
    </message>
</context>
<context>
    <name>ok::StockDeskController</name>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczenie</translation>
    </message>
    <message>
        <source>Collect here</source>
        <translation>Odbiór tutaj</translation>
    </message>
    <message>
        <source>Web return</source>
        <translation>Zwrot internetowy</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Odłożenie</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>zlecone</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <source>arrived: a click-and-collect order</source>
        <translation>dostarczone: zamówienie „Zamów i odbierz”</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>doręczone</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>Held %1 × %2 for %3 until %4</source>
        <translation>Odłożono %1 × %2 dla: %3, do %4</translation>
    </message>
    <message>
        <source>Hold ended: sold</source>
        <translation>Odłożenie zakończone: sprzedano</translation>
    </message>
    <message>
        <source>Hold cancelled: the item is available again</source>
        <translation>Odłożenie anulowane: towar jest znów dostępny</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to the customer&apos;s home</source>
        <translation>Zamówiono %1 × %2 z %3 z dostawą do domu klienta</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to this store: it becomes a click-and-collect order when it arrives</source>
        <translation>Zamówiono %1 × %2 z %3 do tego sklepu: po dostarczeniu stanie się zamówieniem „Zamów i odbierz”</translation>
    </message>
    <message>
        <source>Count of %1 sent: %2. If the stock changed since it was shown, the central service refuses it and you count again.</source>
        <translation>Wysłano wynik liczenia produktu %1: %2. Jeśli stan zmienił się od chwili wyświetlenia, centrala odrzuci wynik i trzeba będzie policzyć ponownie.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>potwierdzone</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <source>from %1 to the customer&apos;s home</source>
        <translation>z %1 do domu klienta</translation>
    </message>
    <message>
        <source>from %1 to this store</source>
        <translation>z %1 do tego sklepu</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>policzono %1</translation>
    </message>
</context>
<context>
    <name>ok::StockLevelsModel</name>
    <message>
        <source>Live from the central service at %1.</source>
        <translation>Dane na żywo z centrali, stan na %1.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system.</source>
        <translation>Dostępność według ostatnich danych z centrali.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago; asking for live levels…</source>
        <translation>Dostępność według danych otrzymanych z centrali %1 temu; pobieranie aktualnych danych…</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago (not live).</source>
        <translation>Dostępność według danych otrzymanych z centrali %1 temu (nie na żywo).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>na żywo</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>aktualność nieznana</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 temu</translation>
    </message>
    <message>
        <source>The web shop can sell %1 (%2)</source>
        <translation>Sklep internetowy może sprzedać %1 (%2)</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Centrala nie odpowiedziała na czas.</translation>
    </message>
</context>
<context>
    <name>ok::SyncStatusModel</name>
    <message>
        <source>The ledger is not open: nothing was changed.</source>
        <translation>Rejestr zdarzeń nie jest otwarty: nic nie zmieniono.</translation>
    </message>
    <message>
        <source>No such refused event.</source>
        <translation>Nie ma takiego odrzuconego zdarzenia.</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may send a refused event again: nothing was changed.</source>
        <translation>Tylko kierownik zmiany lub kierownik sklepu może ponownie wysłać odrzucone zdarzenie: nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Sign in to send a refused event again.</source>
        <translation>Zaloguj się, aby ponownie wysłać odrzucone zdarzenie.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer refused: it was already sent again.</source>
        <translation>Zdarzenie „%1” (%2) nie jest już odrzucone: zostało już wysłane ponownie.</translation>
    </message>
    <message>
        <source>The retry was not saved: %1</source>
        <translation>Nie zapisano ponownej próby: %1</translation>
    </message>
    <message>
        <source>%1 %2 will be sent again.</source>
        <translation>Zdarzenie „%1” (%2) zostanie wysłane ponownie.</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>paragon %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Voided sale</source>
        <translation>Anulowana sprzedaż</translation>
    </message>
    <message>
        <source>Cash movement</source>
        <translation>Wpłata/wypłata gotówki</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Zamknięcie zmiany</translation>
    </message>
    <message>
        <source>Order handed over</source>
        <translation>Wydanie zamówienia</translation>
    </message>
    <message>
        <source>Locker loaded</source>
        <translation>Załadowanie szafy odbiorczej</translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation>Wygaśnięcie zamówienia</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inwentaryzacja</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Rezerwacja</translation>
    </message>
    <message>
        <source>Sync with the central service is switched off: this terminal works from its local cache.</source>
        <translation>Synchronizacja z centralą jest wyłączona: stanowisko pracuje na lokalnej kopii danych.</translation>
    </message>
    <message>
        <source>Connecting to the central service…</source>
        <translation>Łączenie z centralą…</translation>
    </message>
    <message>
        <source>Not enrolled with the central service: ask for an enrolment code.</source>
        <translation>Stanowisko niezarejestrowane w centrali: poproś o kod rejestracyjny.</translation>
    </message>
    <message>
        <source>Online: connected to the central service.</source>
        <translation>Online: połączono z centralą.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; events are sent when the central service is back.</source>
        <translation>Offline: sprzedaż trwa na lokalnej kopii danych; zdarzenia zostaną wysłane, gdy centrala będzie znów dostępna.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Within a minute of the central service</source>
        <translation>Zgodny z centralą (różnica poniżej minuty)</translation>
    </message>
    <message>
        <source>%1 behind the central service</source>
        <translation>Zegar spóźnia się o %1 względem centrali</translation>
    </message>
    <message>
        <source>%1 ahead of the central service</source>
        <translation>Zegar śpieszy się o %1 względem centrali</translation>
    </message>
</context>
<context>
    <name>ok::SyncStreamsModel</name>
    <message>
        <source>Tax classes and locations</source>
        <translation>Stawki VAT i lokalizacje</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog produktów</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stany magazynowe</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Zamówienia „Zamów i odbierz”</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Konta pracowników</translation>
    </message>
    <message>
        <source>Sales and other events</source>
        <translation>Sprzedaż i inne zdarzenia</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nic nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Waiting: %L1, the oldest for %2.</source>
        <translation>Oczekuje: %L1, najstarsze czeka %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows received: %L1</source>
        <translation>Odebrane wiersze: %L1</translation>
    </message>
</context>
<context>
    <name>ok::TenderController</name>
    <message>
        <source>waiting for the terminal</source>
        <translation>oczekiwanie na terminal</translation>
    </message>
    <message>
        <source>unknown: check the terminal</source>
        <translation>stan nieznany: sprawdź terminal</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Enter the cash handed over, e.g. 50 or 20.50</source>
        <translation>Wpisz kwotę otrzymaną od klienta, np. 50 lub 20,50</translation>
    </message>
    <message>
        <source>Enter the card amount, or leave it empty for the whole amount</source>
        <translation>Wpisz kwotę płatności kartą lub zostaw puste pole, aby zapłacić całą kwotę</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Punkty lojalnościowe</translation>
    </message>
</context>
<context>
    <name>ok::TenderSession</name>
    <message>
        <source>No card terminal is configured</source>
        <translation>Nie skonfigurowano terminala płatniczego</translation>
    </message>
    <message>
        <source>Open a shift (count the float into the drawer) before taking payment</source>
        <translation>Przed przyjęciem płatności otwórz zmianę (policz pogotowie kasowe w szufladzie)</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Koszyk jest pusty</translation>
    </message>
    <message>
        <source>Enter the cash handed over</source>
        <translation>Wpisz kwotę otrzymaną od klienta</translation>
    </message>
    <message>
        <source>The original sale was not paid by card: refund in cash</source>
        <translation>Pierwotna sprzedaż nie była opłacona kartą: zwróć pieniądze gotówką</translation>
    </message>
    <message>
        <source>Enter an amount up to %1</source>
        <translation>Wpisz kwotę nie większą niż %1</translation>
    </message>
    <message>
        <source>Refund to card: %1</source>
        <translation>Zwrot na kartę: %1</translation>
    </message>
    <message>
        <source>Card payment: %1</source>
        <translation>Płatność kartą: %1</translation>
    </message>
    <message>
        <source>Asking the card terminal…</source>
        <translation>Odpytywanie terminala płatniczego…</translation>
    </message>
    <message>
        <source>No card payment needs checking</source>
        <translation>Żadna płatność kartą nie wymaga sprawdzenia</translation>
    </message>
    <message>
        <source>auth %1</source>
        <translation>autoryzacja %1</translation>
    </message>
    <message>
        <source>Paying with points needs the central service, and this terminal has none</source>
        <translation>Płatność punktami wymaga centrali, a na tym stanowisku nie skonfigurowano centrali</translation>
    </message>
    <message>
        <source>Identify the customer by their loyalty card first</source>
        <translation>Najpierw zidentyfikuj klienta po karcie lojalnościowej</translation>
    </message>
    <message>
        <source>Points pay for a sale, not a refund</source>
        <translation>Punktami można płacić przy sprzedaży, nie przy zwrocie</translation>
    </message>
    <message>
        <source>Enter between 1 and %1 points</source>
        <translation>Wpisz od 1 do %1 pkt</translation>
    </message>
    <message>
        <source>Asking the central service for %1 points…</source>
        <translation>Odpytywanie centrali o %1 pkt…</translation>
    </message>
    <message>
        <source>Paid with %1 points. The customer has %2 points left.</source>
        <translation>Zapłacono %1 pkt. Klientowi pozostało %2 pkt.</translation>
    </message>
</context>
<context>
    <name>ok::TerminalInfo</name>
    <message>
        <source>Working from the local cache; sync with the central service is switched off ([central] enabled = false).</source>
        <translation>Praca na lokalnej kopii danych; synchronizacja z centralą jest wyłączona ([central] enabled = false).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Połączono z %1.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; sales are sent when the central service is back.</source>
        <translation>Offline: sprzedaż trwa na lokalnej kopii danych; transakcje zostaną wysłane, gdy centrala będzie znów dostępna.</translation>
    </message>
    <message>
        <source>Last update %1.</source>
        <translation>Ostatnia aktualizacja: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent, the oldest for %1 min.</source>
        <translation>
            <numerusform>%n zdarzenie do wysłania, najstarsze czeka %1 min.</numerusform>
            <numerusform>%n zdarzenia do wysłania, najstarsze czeka %1 min.</numerusform>
            <numerusform>%n zdarzeń do wysłania, najstarsze czeka %1 min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the central service: see the staff screen.</source>
        <translation>
            <numerusform>%n zdarzenie odrzucone przez centralę: zobacz ekran personelu.</numerusform>
            <numerusform>%n zdarzenia odrzucone przez centralę: zobacz ekran personelu.</numerusform>
            <numerusform>%n zdarzeń odrzuconych przez centralę: zobacz ekran personelu.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 min off the central service&apos;s.</source>
        <translation>Zegar tego stanowiska różni się od zegara centrali o %1 min.</translation>
    </message>
</context>
<context>
    <name>ok::Ticket</name>
    <message>
        <source>A card payment is not settled yet: wait for it or check it on the terminal</source>
        <translation>Płatność kartą nie jest jeszcze rozliczona: poczekaj na nią lub sprawdź ją na terminalu</translation>
    </message>
    <message>
        <source>No such line</source>
        <translation>Nie ma takiej pozycji</translation>
    </message>
    <message>
        <source>The basket could not be saved: %1</source>
        <translation>Nie udało się zapisać koszyka: %1</translation>
    </message>
    <message>
        <source>A card payment was in progress when the till stopped. Check it with the terminal before going on.</source>
        <translation>W chwili zatrzymania kasy trwała płatność kartą. Zanim przejdziesz dalej, sprawdź ją na terminalu.</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding items</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed dodaniem produktów</translation>
    </message>
    <message>
        <source>%1 has no price in this store. A supervisor can enter one (price override).</source>
        <translation>Produkt %1 nie ma ceny w tym sklepie. Kierownik zmiany może ją wprowadzić (zmiana ceny).</translation>
    </message>
    <message>
        <source>%1 is priced in %2, not %3</source>
        <translation>Cena produktu %1 jest w walucie %2, a nie %3</translation>
    </message>
    <message>
        <source>%1 is sold by weight: scan its scale label or enter the weight</source>
        <translation>Produkt %1 jest sprzedawany na wagę: zeskanuj etykietę z wagi lub wpisz wagę</translation>
    </message>
    <message>
        <source>%1 is sold by the piece</source>
        <translation>Produkt %1 jest sprzedawany na sztuki</translation>
    </message>
    <message>
        <source>%1 cannot be added with this quantity or price</source>
        <translation>Nie można dodać produktu %1 z taką ilością lub ceną</translation>
    </message>
    <message>
        <source>price label</source>
        <translation>etykieta cenowa</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing items</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed zmianą pozycji</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Wpisz ilość większą od zera lub wykonaj storno pozycji</translation>
    </message>
    <message>
        <source>That quantity is not possible</source>
        <translation>Nieprawidłowa ilość</translation>
    </message>
    <message>
        <source>Give a reason for the discount</source>
        <translation>Podaj powód rabatu</translation>
    </message>
    <message>
        <source>A discount is 0 to 100 percent, or an amount of at least zero</source>
        <translation>Rabat to od 0 do 100 procent albo kwota nie mniejsza niż zero</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Rabat: %1</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing the discount</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed zmianą rabatu</translation>
    </message>
    <message>
        <source>Give a reason for the price change</source>
        <translation>Podaj powód zmiany ceny</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing prices</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed zmianą cen</translation>
    </message>
    <message>
        <source>That price is not possible</source>
        <translation>Nieprawidłowa cena</translation>
    </message>
    <message>
        <source>Price %1 → %2: %3</source>
        <translation>Cena %1 → %2: %3</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before voiding lines</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed wykonaniem storna</translation>
    </message>
    <message>
        <source>A card payment was taken: finish the sale, then return it to the card</source>
        <translation>Przyjęto już płatność kartą: zakończ sprzedaż, a następnie zwróć środki na kartę</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Koszyk jest pusty</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before parking</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed zawieszeniem paragonu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n pozycja, %1</numerusform>
            <numerusform>%n pozycje, %1</numerusform>
            <numerusform>%n pozycji, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current basket first</source>
        <translation>Najpierw zakończ lub zawieś bieżący paragon</translation>
    </message>
    <message>
        <source>That parked basket is gone (resumed on another screen?)</source>
        <translation>Ten zawieszony paragon już nie istnieje (wznowiony na innym ekranie?)</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed dodaniem zwrotów</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing returns</source>
        <translation>Płatność została rozpoczęta: zakończ ją lub anuluj przed zmianą zwrotów</translation>
    </message>
    <message>
        <source>No card payment %1 is open</source>
        <translation>Brak otwartej płatności kartą %1</translation>
    </message>
    <message>
        <source>Points were paid with: finish the sale, then return it</source>
        <translation>Przyjęto już płatność punktami: zakończ sprzedaż, a następnie przyjmij zwrot</translation>
    </message>
    <message>
        <source>Promotion: %1</source>
        <translation>Promocja: %1</translation>
    </message>
</context>
<context>
    <name>ok::TicketController</name>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Paragon %1 · reszta %2</translation>
    </message>
    <message>
        <source>Receipt %1 done</source>
        <translation>Paragon %1 zakończony</translation>
    </message>
    <message>
        <source>Enter the weight in kg, e.g. 0.750</source>
        <translation>Wpisz wagę w kg, np. 0,750</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Wpisz ilość większą od zera lub wykonaj storno pozycji</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100</source>
        <translation>Wpisz wartość procentową od 0 do 100</translation>
    </message>
    <message>
        <source>Enter a price, e.g. 4.99</source>
        <translation>Wpisz cenę, np. 4,99</translation>
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
        <translation>musi wynosić 2 lub 5</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 2 to 510</source>
        <translation>musi być całkowitą liczbą milisekund od 2 do 510</translation>
    </message>
    <message>
        <source>must be high or low</source>
        <translation>musi mieć wartość high lub low</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400</source>
        <translation>musi być całkowitą liczbą sekund od 1 do 86400</translation>
    </message>
    <message>
        <source>driver evdev-scanner reads an input device: set transport = evdev (not %1)</source>
        <translation>sterownik evdev-scanner odczytuje urządzenie wejściowe: ustaw transport = evdev (nie %1)</translation>
    </message>
    <message>
        <source>no driver &quot;%1&quot; for role %2 in this build (known: %3)</source>
        <translation>brak sterownika &quot;%1&quot; dla roli %2 w tej wersji programu (dostępne: %3)</translation>
    </message>
    <message>
        <source>transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)</source>
        <translation>transport evdev służy do skanerów w trybie emulacji klawiatury (role = scanner, driver = evdev-scanner)</translation>
    </message>
</context>
<context>
    <name>ok::dev::Device</name>
    <message>
        <source>%1 is connected again</source>
        <translation>%1: ponownie połączono</translation>
    </message>
    <message>
        <source>%1 is disconnected; reconnecting</source>
        <translation>%1: rozłączono; ponowne łączenie</translation>
    </message>
    <message>
        <source>%1 must be opened before it is claimed</source>
        <translation>%1: urządzenie musi zostać otwarte przed przejęciem</translation>
    </message>
    <message>
        <source>%1 must be claimed before it is enabled</source>
        <translation>%1: urządzenie musi zostać przejęte przed włączeniem</translation>
    </message>
    <message>
        <source>%1 cannot be reached: check its cable and power</source>
        <translation>Brak łączności z urządzeniem %1: sprawdź kabel i zasilanie</translation>
    </message>
    <message>
        <source>%1: closed (%2)</source>
        <translation>%1: zamknięte (%2)</translation>
    </message>
    <message>
        <source>%1: open, not claimed (%2)</source>
        <translation>%1: otwarte, nieprzejęte (%2)</translation>
    </message>
    <message>
        <source>%1: offline (%2): %3</source>
        <translation>%1: offline (%2): %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>łączenie</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: błąd: %2</translation>
    </message>
    <message>
        <source>%1: online%2, %3 jobs, %4 failures (%5)</source>
        <translation>%1: online%2, zadania: %3, błędy: %4 (%5)</translation>
    </message>
    <message>
        <source>, busy</source>
        <translation>, zajęte</translation>
    </message>
</context>
<context>
    <name>ok::escpos::EscPosPrinter</name>
    <message>
        <source>The printer did not confirm the receipt: check it and reprint if needed</source>
        <translation>Drukarka nie potwierdziła wydruku paragonu: sprawdź ją i w razie potrzeby wydrukuj ponownie</translation>
    </message>
    <message>
        <source>The cash drawer has been left open</source>
        <translation>Szuflada kasowa pozostała otwarta</translation>
    </message>
    <message>
        <source>The printer is not connected: check its cable and power.</source>
        <translation>Drukarka nie jest podłączona: sprawdź kabel i zasilanie.</translation>
    </message>
    <message>
        <source>The printer was disconnected while printing: the receipt will be printed again when it is back</source>
        <translation>Drukarka została odłączona podczas drukowania: paragon zostanie wydrukowany ponownie, gdy będzie znów dostępna</translation>
    </message>
    <message>
        <source>The printer is still printing the previous receipt</source>
        <translation>Drukarka wciąż drukuje poprzedni paragon</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>Drukarka nie jest podłączona</translation>
    </message>
    <message>
        <source>The drawer cannot be opened: the printer it hangs on is not connected</source>
        <translation>Nie można otworzyć szuflady: drukarka, do której jest podpięta, nie ma połączenia</translation>
    </message>
</context>
<context>
    <name>ok::launcher</name>
    <message>
        <source>No devices configured in %1</source>
        <translation>Brak skonfigurowanych urządzeń w %1</translation>
    </message>
    <message>
        <source>This terminal cannot start</source>
        <translation>To stanowisko nie może się uruchomić</translation>
    </message>
    <message>
        <source>No sale can be made on this terminal until an engineer fixes this. Nothing was deleted or changed. Engineers: docs/operations.md, &quot;When the terminal does not start&quot;; then restart the service (systemctl restart omnikiosk).</source>
        <translation>Na tym stanowisku nie można prowadzić sprzedaży, dopóki serwisant tego nie naprawi. Niczego nie usunięto ani nie zmieniono. Serwis: docs/operations.md, „When the terminal does not start”; następnie uruchom usługę ponownie (systemctl restart omnikiosk).</translation>
    </message>
</context>
<context>
    <name>ok::locker::LockerBus</name>
    <message>
        <source>board %1 lock %2</source>
        <translation>płytka %1, zamek %2</translation>
    </message>
    <message>
        <source>Board %1 is not configured on %2</source>
        <translation>Płytka %1 nie jest skonfigurowana w urządzeniu %2</translation>
    </message>
    <message>
        <source>Lock %1 does not exist: the boards of %2 have locks 1 to %3</source>
        <translation>Zamek %1 nie istnieje: płytki urządzenia %2 mają zamki od 1 do %3</translation>
    </message>
    <message>
        <source>%1 is not enabled: no door was opened</source>
        <translation>Urządzenie %1 nie jest włączone: nie otwarto żadnych drzwiczek</translation>
    </message>
    <message>
        <source>%1 is not connected: no door was opened</source>
        <translation>Urządzenie %1 nie jest połączone: nie otwarto żadnych drzwiczek</translation>
    </message>
    <message>
        <source>Door %1 is being opened already</source>
        <translation>Drzwiczki %1 są już otwierane</translation>
    </message>
    <message>
        <source>Compartment %1 is not configured on %2</source>
        <translation>Skrytka %1 nie jest skonfigurowana w urządzeniu %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>Urządzenie %1 nie jest połączone</translation>
    </message>
    <message>
        <source>; %1 boards (%2)</source>
        <translation>; płytki: %1 (%2)</translation>
    </message>
    <message>
        <source>, not answering: board %1</source>
        <translation>, brak odpowiedzi: płytka %1</translation>
    </message>
    <message>
        <source>, %1 bad frames, %2 noise bytes</source>
        <translation>, błędne ramki: %1, bajty szumu: %2</translation>
    </message>
    <message>
        <source>Door %1 was opened without an unlock: check the locker</source>
        <translation>Drzwiczki %1 zostały otwarte bez odblokowania: sprawdź szafę odbiorczą</translation>
    </message>
    <message>
        <source>Door %1 has been open for %2 s: please close it</source>
        <translation>Drzwiczki %1 są otwarte od %2 s: proszę je zamknąć</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 answers again</source>
        <translation>Płytka sterująca %1 w urządzeniu %2 znów odpowiada</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 does not answer: check its power, address and the RS-485 cable</source>
        <translation>Płytka sterująca %1 w urządzeniu %2 nie odpowiada: sprawdź jej zasilanie, adres i kabel RS-485</translation>
    </message>
    <message>
        <source>Locker board %1 did not answer within %2 ms</source>
        <translation>Płytka sterująca %1 nie odpowiedziała w ciągu %2 ms</translation>
    </message>
    <message>
        <source>Locker board %1 answers, but not to the item-sensor query: set item_sensors = no if it has none</source>
        <translation>Płytka sterująca %1 odpowiada, ale nie na zapytanie o czujniki obecności towaru: jeśli ich nie ma, ustaw item_sensors = no</translation>
    </message>
    <message>
        <source>Door %1 was not opened: the locker is not connected</source>
        <translation>Drzwiczki %1 nie zostały otwarte: szafa odbiorcza nie jest połączona</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker connection was lost. Check the locker.</source>
        <translation>Nie wiadomo, czy drzwiczki %1 się otworzyły: utracono połączenie z szafą odbiorczą. Sprawdź szafę odbiorczą.</translation>
    </message>
    <message>
        <source>Door %1 opened</source>
        <translation>Drzwiczki %1 otwarte</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker stopped answering. Check the locker.</source>
        <translation>Nie wiadomo, czy drzwiczki %1 się otworzyły: szafa odbiorcza przestała odpowiadać. Sprawdź szafę odbiorczą.</translation>
    </message>
    <message>
        <source>Door %1 did not open: it may be jammed or blocked. Check the locker.</source>
        <translation>Drzwiczki %1 nie otworzyły się: mogą być zacięte lub zablokowane. Sprawdź szafę odbiorczą.</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: locker board %2 does not answer. Check the locker.</source>
        <translation>Nie wiadomo, czy drzwiczki %1 się otworzyły: płytka sterująca %2 nie odpowiada. Sprawdź szafę odbiorczą.</translation>
    </message>
    <message>
        <source>Door %1 did not open: the board did not confirm the unlock and the door stays shut. Check the locker.</source>
        <translation>Drzwiczki %1 nie otworzyły się: płytka sterująca nie potwierdziła odblokowania i drzwiczki pozostają zamknięte. Sprawdź szafę odbiorczą.</translation>
    </message>
</context>
<context>
    <name>ok::payment::JsonPaymentTerminal</name>
    <message>
        <source>The card terminal is still busy with the previous transaction</source>
        <translation>Terminal płatniczy wciąż obsługuje poprzednią transakcję</translation>
    </message>
    <message>
        <source>The card terminal is not connected: take another tender or try again</source>
        <translation>Terminal płatniczy nie jest połączony: przyjmij inną formę płatności lub spróbuj ponownie</translation>
    </message>
    <message>
        <source>Invalid card transaction request</source>
        <translation>Nieprawidłowe żądanie transakcji kartą</translation>
    </message>
    <message>
        <source>The card terminal is not connected: it cannot be asked yet</source>
        <translation>Terminal płatniczy nie jest połączony: nie można go jeszcze odpytać</translation>
    </message>
    <message>
        <source>The card terminal sent a message that is not understood</source>
        <translation>Terminal płatniczy wysłał niezrozumiały komunikat</translation>
    </message>
    <message>
        <source>The card terminal sent an oversized message</source>
        <translation>Terminal płatniczy wysłał zbyt długi komunikat</translation>
    </message>
    <message>
        <source>The card terminal gave an unknown answer: check its last transaction before taking payment again</source>
        <translation>Terminal płatniczy zwrócił nieznaną odpowiedź: przed ponownym przyjęciem płatności sprawdź jego ostatnią transakcję</translation>
    </message>
    <message>
        <source>The card terminal did not answer. Check on the terminal whether the payment went through before taking payment again.</source>
        <translation>Terminal płatniczy nie odpowiedział. Zanim ponownie przyjmiesz płatność, sprawdź na terminalu, czy transakcja przeszła.</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Płatność kartą zaakceptowana</translation>
    </message>
    <message>
        <source>Card declined: ask for another card or another tender</source>
        <translation>Karta odrzucona: poproś o inną kartę lub inną formę płatności</translation>
    </message>
    <message>
        <source>Card payment cancelled; nothing was charged</source>
        <translation>Płatność kartą anulowana; karta nie została obciążona</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevReader</name>
    <message>
        <source>cannot open the scanner %1: %2%3</source>
        <translation>nie można otworzyć skanera %1: %2%3</translation>
    </message>
    <message>
        <source> (is the kiosk user in the input group? see the udev rules in packaging/)</source>
        <translation> (czy użytkownik systemowy kiosku należy do grupy input? zob. reguły udev w packaging/)</translation>
    </message>
    <message>
        <source>cannot take the scanner exclusively (EVIOCGRAB: %1)%2; scans also reach the desktop as typing</source>
        <translation>nie można przejąć skanera na wyłączność (EVIOCGRAB: %1)%2; skany trafiają też do pulpitu jako wpisywany tekst</translation>
    </message>
    <message>
        <source>: another program holds it</source>
        <translation>: używa go inny program</translation>
    </message>
    <message>
        <source>reading the scanner failed: %1</source>
        <translation>odczyt ze skanera nie powiódł się: %1</translation>
    </message>
    <message>
        <source>the scanner&apos;s event stream ended inside a record (%1 of %2 bytes)</source>
        <translation>strumień zdarzeń skanera urwał się w środku rekordu (%1 z %2 bajtów)</translation>
    </message>
    <message>
        <source>the scanner went away in the middle of a scan; the scan was discarded</source>
        <translation>skaner odłączył się w trakcie skanowania; skan odrzucono</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevScanner</name>
    <message>
        <source>%1 cannot be taken exclusively: its scans also arrive as typing. Close the program that holds it (%2)</source>
        <translation>Nie można przejąć urządzenia %1 na wyłączność: jego skany trafiają też jako wpisywany tekst. Zamknij program, który go używa (%2)</translation>
    </message>
    <message>
        <source>The scanner went away in the middle of a scan; the scan was discarded: scan again</source>
        <translation>Skaner odłączył się w trakcie skanowania; skan odrzucono: zeskanuj ponownie</translation>
    </message>
    <message>
        <source>not exclusive: scans also arrive as typing</source>
        <translation>brak wyłączności: skany trafiają też jako wpisywany tekst</translation>
    </message>
</context>
<context>
    <name>ok::scanner::KeyboardDecoder</name>
    <message>
        <source>more than %1 characters without Enter: the scanner&apos;s suffix is probably not Enter</source>
        <translation>ponad %1 znaków bez Enter: sufiks skanera to prawdopodobnie nie Enter</translation>
    </message>
    <message>
        <source>the kernel dropped key events during a scan (SYN_DROPPED); the scan was discarded, scan again</source>
        <translation>jądro systemu zgubiło zdarzenia klawiszy podczas skanowania (SYN_DROPPED); skan odrzucono, zeskanuj ponownie</translation>
    </message>
    <message>
        <source>Alt+keypad code %1 is not a byte (1-255)</source>
        <translation>kod Alt+klawiatura numeryczna %1 nie jest bajtem (1-255)</translation>
    </message>
    <message>
        <source>%1 characters arrived without the final Enter and the scanner then paused; that scan was discarded</source>
        <translation>odebrano znaki (%1) bez końcowego Enter, po czym skaner przerwał transmisję; ten skan odrzucono</translation>
    </message>
    <message>
        <source>key code %1 with Alt held is not part of an Alt+keypad code</source>
        <translation>kod klawisza %1 przy wciśniętym Alt nie należy do kodu Alt+klawiatura numeryczna</translation>
    </message>
    <message>
        <source>key code %1 has no character in the US keymap; the scan was discarded (check the scanner&apos;s keyboard country setting: use USA)</source>
        <translation>kod klawisza %1 nie ma znaku w układzie klawiatury US; skan odrzucono (sprawdź ustawienie kraju klawiatury w skanerze: wybierz USA)</translation>
    </message>
    <message>
        <source>Ctrl+%1 types no ASCII control character</source>
        <translation>Ctrl+%1 nie daje żadnego znaku sterującego ASCII</translation>
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
        <translation>GTIN zawartych jednostek</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>numer partii</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>numer seryjny</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>data produkcji</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>termin płatności</translation>
    </message>
    <message>
        <source>packaging date</source>
        <translation>data pakowania</translation>
    </message>
    <message>
        <source>best-before date</source>
        <translation>data minimalnej trwałości</translation>
    </message>
    <message>
        <source>sell-by date</source>
        <translation>termin sprzedaży</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>data ważności</translation>
    </message>
    <message>
        <source>count</source>
        <translation>liczba sztuk</translation>
    </message>
    <message>
        <source>net weight</source>
        <translation>masa netto</translation>
    </message>
    <message>
        <source>net weight (lb)</source>
        <translation>masa netto (lb)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>price with currency</source>
        <translation>cena z walutą</translation>
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
        <translation>bajt 0x%1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>miesiąc %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dzień %1</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date (%3)</source>
        <translation>%1: %2 nie jest prawidłową datą (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the key must be digits</source>
        <translation>%1 &quot;%2&quot;: klucz musi składać się z cyfr</translation>
    </message>
    <message>
        <source>%1 %2: check digit wrong (expected %3, got %4)</source>
        <translation>%1 %2: błędna cyfra kontrolna (oczekiwano %3, odczytano %4)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code</source>
        <translation>%1 nie jest kodem kraju ISO 3166</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (nor 999)</source>
        <translation>%1 nie jest kodem kraju ISO 3166 (ani 999)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 two-letter country code</source>
        <translation>&quot;%1&quot; nie jest dwuliterowym kodem kraju ISO 3166</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 nie jest kodem waluty ISO 4217</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 &quot;%2&quot;: %3; to nie jest prawidłowy kod GS1 (błędna etykieta, ponowne skanowanie nie pomoże)</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got none</source>
        <translation>AI %1 o stałej długości jest ucięty: wymagana długość %2, brak danych</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: pusta wartość</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>it is not a GS1 data character</source>
        <translation>to nie jest znak dozwolony w danych GS1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 at position %4: %5</source>
        <translation>%1 &quot;%2&quot;: %3 na pozycji %4: %5</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>AI %1 o stałej długości jest ucięty: wymagana długość %2, odczytano %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 too short: needs at least %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>%1: za krótka wartość: wymagana długość co najmniej %2, odczytano %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed (&quot;%4&quot;)</source>
        <translation>%1: długość %2 przekracza dozwolone maksimum %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is cut short: it ends inside a part of %3 characters (&quot;%4&quot;)</source>
        <translation>%1 &quot;%2&quot;: wartość ucięta, kończy się wewnątrz części o długości %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 field swallowed the %2: GS separator missing after &quot;%3&quot; (AI %4 read as &quot;%5&quot;); set the scanner to transmit GS, or configure gs_replacement</source>
        <translation>Pole „%1” wchłonęło element %2: brak separatora GS po &quot;%3&quot; (AI %4 odczytano jako &quot;%5&quot;); ustaw w skanerze wysyłanie GS lub skonfiguruj gs_replacement</translation>
    </message>
    <message>
        <source>the GS1 scan holds no element strings</source>
        <translation>skan GS1 nie zawiera żadnych ciągów elementów</translation>
    </message>
    <message>
        <source>two GS separators in a row at position %1</source>
        <translation>dwa separatory GS z rzędu na pozycji %1</translation>
    </message>
    <message>
        <source>expected an Application Identifier at position %1, found %2</source>
        <translation>na pozycji %1 oczekiwano identyfikatora zastosowania (AI), znaleziono %2</translation>
    </message>
    <message>
        <source>unknown AI %1 at position %2: no GS1 Application Identifier starts with %1</source>
        <translation>nieznany AI %1 na pozycji %2: żaden identyfikator zastosowania GS1 nie zaczyna się od %1</translation>
    </message>
    <message>
        <source>incomplete Application Identifier &quot;%1&quot; at position %2: the scan is cut short</source>
        <translation>niepełny identyfikator zastosowania &quot;%1&quot; na pozycji %2: skan jest ucięty</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)%5</source>
        <translation>AI %1 o stałej długości jest ucięty: wymagana długość %2, odczytano %3 (&quot;%4&quot;)%5</translation>
    </message>
    <message>
        <source> before a GS</source>
        <translation> przed GS</translation>
    </message>
    <message>
        <source>the built-in GS1 rules cannot be read, so no GS1 code can be checked (%1); reinstall the program</source>
        <translation>nie można odczytać wbudowanych reguł GS1, więc nie da się sprawdzić żadnego kodu GS1 (%1); zainstaluj program ponownie</translation>
    </message>
    <message>
        <source>one of %1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other; this is not a valid GS1 code</source>
        <translation>%1 i %2 wzajemnie się wykluczają; to nie jest prawidłowy kod GS1</translation>
    </message>
    <message>
        <source> with </source>
        <translation> razem z </translation>
    </message>
    <message>
        <source>%1 needs %2 in the same code, and the code has none; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 wymaga w tym samym kodzie także: %2, a kod tego nie zawiera; to nie jest prawidłowy kod GS1 (błędna etykieta, ponowne skanowanie nie pomoże)</translation>
    </message>
    <message>
        <source>unknown AI %1</source>
        <translation>nieznany AI %1</translation>
    </message>
    <message>
        <source>%1 appears twice with different data (&quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>%1 występuje dwukrotnie z różnymi danymi (&quot;%2&quot; i &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the scan has two %1 element strings (AI %2 and AI %3)</source>
        <translation>skan zawiera dwa ciągi elementów typu „%1” (AI %2 i AI %3)</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date</source>
        <translation>%1: %2 nie jest prawidłową datą</translation>
    </message>
    <message>
        <source>%1 %2 has %3 decimals of a kilogram, finer than a gram; the till weighs in whole grams</source>
        <translation>%1 %2: liczba miejsc po przecinku w kilogramach (%3) oznacza dokładność większą niż gram; kasa waży w pełnych gramach</translation>
    </message>
    <message>
        <source>GS1 Digital Link: %1</source>
        <translation>GS1 Digital Link: %1</translation>
    </message>
    <message>
        <source>GS1 Digital Link: bad percent-encoding in the value of AI %1 (&quot;%2&quot;)</source>
        <translation>GS1 Digital Link: błędne kodowanie procentowe w wartości AI %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;/%1/&quot; is not allowed at this place in the path after /%2/ (allowed: /22/, /10/, /21/ in this order)</source>
        <translation>&quot;/%1/&quot; nie jest dozwolone w tym miejscu ścieżki po /%2/ (dozwolone: /22/, /10/, /21/ w tej kolejności)</translation>
    </message>
    <message>
        <source>%1 scan contains byte %2 at position %3; only digits are allowed (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>skan %1 zawiera bajt %2 na pozycji %3; dozwolone są tylko cyfry (sprawdź ustawienia interfejsu i klawiatury skanera)</translation>
    </message>
    <message>
        <source>%1 %2 contains &apos;%3&apos; at position %4; only digits are allowed</source>
        <translation>%1 %2 zawiera &apos;%3&apos; na pozycji %4; dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>empty scan: the scanner sent no data</source>
        <translation>pusty skan: skaner nie wysłał danych</translation>
    </message>
    <message>
        <source>the scan does not start with the configured prefix &quot;%1&quot; (it starts with &quot;%2&quot;): check the scanner&apos;s prefix setting or the device&apos;s prefix key</source>
        <translation>skan nie zaczyna się od skonfigurowanego prefiksu &quot;%1&quot; (zaczyna się od &quot;%2&quot;): sprawdź ustawienie prefiksu w skanerze lub klucz prefix urządzenia</translation>
    </message>
    <message>
        <source>the scan does not end with the configured suffix &quot;%1&quot; (it ends with &quot;%2&quot;): check the scanner&apos;s suffix setting or the device&apos;s suffix key</source>
        <translation>skan nie kończy się skonfigurowanym sufiksem &quot;%1&quot; (kończy się na &quot;%2&quot;): sprawdź ustawienie sufiksu w skanerze lub klucz suffix urządzenia</translation>
    </message>
    <message>
        <source>empty scan: nothing between the configured prefix and suffix</source>
        <translation>pusty skan: brak danych między skonfigurowanym prefiksem a sufiksem</translation>
    </message>
    <message>
        <source>the scan has no AIM symbology identifier (&quot;]Xm&quot;) although aim = true: enable AIM identifiers in the scanner, or set aim = false</source>
        <translation>skan nie ma identyfikatora symboliki AIM (&quot;]Xm&quot;), choć ustawiono aim = true: włącz identyfikatory AIM w skanerze lub ustaw aim = false</translation>
    </message>
    <message>
        <source>empty scan: AIM identifier %1 and no data</source>
        <translation>pusty skan: identyfikator AIM %1 bez danych</translation>
    </message>
    <message>
        <source>the scan starts with the AIM identifier %1 but aim = false: set aim = true for this scanner</source>
        <translation>skan zaczyna się od identyfikatora AIM %1, ale ustawiono aim = false: ustaw aim = true dla tego skanera</translation>
    </message>
    <message>
        <source>EAN with add-on has %1 digits; expected 13 + 2 or 13 + 5</source>
        <translation>EAN z kodem dodatkowym ma nieprawidłową liczbę cyfr (%1); oczekiwano 13 + 2 lub 13 + 5</translation>
    </message>
    <message>
        <source>UPC-E %1 must start with number system 0 or 1</source>
        <translation>UPC-E %1 musi zaczynać się od cyfry systemu numeracji 0 lub 1</translation>
    </message>
    <message>
        <source>EAN/UPC scan has %1 digits; expected 13 (EAN-13), 12 (UPC-A) or 8 (UPC-E)</source>
        <translation>skan EAN/UPC ma nieprawidłową liczbę cyfr (%1); oczekiwano 13 (EAN-13), 12 (UPC-A) lub 8 (UPC-E)</translation>
    </message>
    <message>
        <source>EAN-8 scan has %1 digits; expected 8</source>
        <translation>skan EAN-8 ma nieprawidłową liczbę cyfr (%1); oczekiwano 8</translation>
    </message>
    <message>
        <source>in-store code %1: price verifier digit wrong (expected %2, got %3) for value %4; rescan, or check the layout &quot;%5&quot;</source>
        <translation>kod wewnętrzny %1: błędna cyfra kontrolna ceny (oczekiwano %2, odczytano %3) dla wartości %4; zeskanuj ponownie lub sprawdź układ &quot;%5&quot;</translation>
    </message>
    <message>
        <source>GS1 scan contains byte %1 at position %2, which GS1 data never holds (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>skan GS1 zawiera bajt %1 na pozycji %2, którego dane GS1 nigdy nie zawierają (sprawdź ustawienia interfejsu i klawiatury skanera)</translation>
    </message>
    <message>
        <source>the scan contains the control byte %1 at position %2 (check the scanner&apos;s interface settings and prefix/suffix)</source>
        <translation>skan zawiera bajt sterujący %1 na pozycji %2 (sprawdź ustawienia interfejsu skanera oraz prefiks/sufiks)</translation>
    </message>
    <message>
        <source>the scan is not valid UTF-8 text (bytes &quot;%1&quot;): check the scanner&apos;s character encoding and keyboard settings</source>
        <translation>skan nie jest prawidłowym tekstem UTF-8 (bajty &quot;%1&quot;): sprawdź kodowanie znaków i ustawienia klawiatury skanera</translation>
    </message>
    <message>
        <source>scanner configuration: %1</source>
        <translation>konfiguracja skanera: %1</translation>
    </message>
</context>
<context>
    <name>ok::scanner::ScanResult</name>
    <message>
        <source>no AIM identifier</source>
        <translation>brak identyfikatora AIM</translation>
    </message>
    <message>
        <source>GTIN %1</source>
        <translation>GTIN %1</translation>
    </message>
    <message>
        <source>add-on %1</source>
        <translation>kod dodatkowy %1</translation>
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
        <translation>kod wewnętrzny, towar %1, waga %2 kg</translation>
    </message>
    <message>
        <source>in-store code, item %1, price %2</source>
        <translation>kod wewnętrzny, towar %1, cena %2</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; (%2 characters)</source>
        <translation>tekst &quot;%1&quot; (liczba znaków: %2)</translation>
    </message>
</context>
<context>
    <name>ok::scanner::SerialScanner</name>
    <message>
        <source>An incomplete scan was dropped: scan again</source>
        <translation>Odrzucono niepełny skan: zeskanuj ponownie</translation>
    </message>
    <message>
        <source>The scanner sent more data than any barcode holds: check its suffix setting</source>
        <translation>Skaner wysłał więcej danych, niż mieści jakikolwiek kod kreskowy: sprawdź ustawienie sufiksu</translation>
    </message>
</context>
<context>
    <name>ok::services::SyncService</name>
    <message>
        <source>No live answer from the central service: %1</source>
        <translation>Brak bieżącej odpowiedzi z centrali: %1</translation>
    </message>
    <message>
        <source>The central service cannot be reached right now.</source>
        <translation>Centrala jest w tej chwili nieosiągalna.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Centrala nie odpowiedziała na czas.</translation>
    </message>
</context>
<context>
    <name>ok::sync</name>
    <message>
        <source>The central service&apos;s certificate is not trusted (%1). Nothing was sent. Check [central] ca_file and url.</source>
        <translation>Certyfikat centrali nie jest zaufany (%1). Nic nie wysłano. Sprawdź [central] ca_file i url.</translation>
    </message>
    <message>
        <source>The central service&apos;s key does not match the pinned key. Nothing was sent. If the server key was rotated, add the new pin to [central] pins.</source>
        <translation>Klucz centrali nie zgadza się z przypiętym kluczem. Nic nie wysłano. Jeśli klucz serwera został zmieniony, dodaj nowy pin do [central] pins.</translation>
    </message>
    <message>
        <source>This terminal&apos;s client certificate cannot be used (%1). Check [central] client_cert and client_key.</source>
        <translation>Nie można użyć certyfikatu klienta tego stanowiska (%1). Sprawdź [central] client_cert i client_key.</translation>
    </message>
    <message>
        <source>The secure connection to the central service failed (%1).</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z centralą (%1).</translation>
    </message>
    <message>
        <source>The sync address uses a protocol that is not allowed (%1). Use https://, or set [central] allow_plain_http for development only.</source>
        <translation>Adres synchronizacji używa niedozwolonego protokołu (%1). Użyj https:// albo ustaw [central] allow_plain_http, wyłącznie do prac deweloperskich.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Centrala nie odpowiedziała na czas.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Żądanie zostało anulowane.</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>Brak połączenia z centralą (%1).</translation>
    </message>
    <message>
        <source>The central service sent more than %1 MiB in one answer; it was refused.</source>
        <translation>Centrala przysłała ponad %1 MiB w jednej odpowiedzi; odpowiedź odrzucono.</translation>
    </message>
    <message>
        <source>The central service sent an answer that cannot be used (%1); nothing of it was applied.</source>
        <translation>Centrala przysłała odpowiedź, której nie można użyć (%1); niczego z niej nie zastosowano.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The central service does not accept this terminal&apos;s token: enrol the terminal again (%1).</source>
        <translation>Centrala nie akceptuje tokenu tego stanowiska: zarejestruj stanowisko ponownie (%1).</translation>
    </message>
    <message>
        <source>This terminal is not enrolled: ask the central admin for an enrolment code and set enrolment_code in the [central] section.</source>
        <translation>To stanowisko nie jest zarejestrowane: poproś administratora centrali o kod rejestracyjny i ustaw enrolment_code w sekcji [central].</translation>
    </message>
</context>
<context>
    <name>ok::ticketdraft</name>
    <message>
        <source>The saved basket could not be read; it was kept in the ledger for staff</source>
        <translation>Nie udało się odczytać zapisanego koszyka; zachowano go w rejestrze do wglądu personelu</translation>
    </message>
    <message>
        <source>The saved basket has an invalid line (%1)</source>
        <translation>Zapisany koszyk zawiera nieprawidłową pozycję (%1)</translation>
    </message>
    <message>
        <source>The saved basket could not be restored line by line</source>
        <translation>Nie udało się odtworzyć zapisanego koszyka pozycja po pozycji</translation>
    </message>
</context>
</TS>
