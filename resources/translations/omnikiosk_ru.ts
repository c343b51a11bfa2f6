<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Требуется подтверждение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CashMenu</name>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Закрытие дня</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash put into the drawer</source>
        <translation>Наличные, вносимые в денежный ящик</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Cash taken from the drawer (bank, safe, petty cash)</source>
        <translation>Наличные, изымаемые из денежного ящика (инкассация, сейф, мелкие расходы)</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>Открыть ящик (без продажи)</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>открытие ящика</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>Напечатать X-отчёт</translation>
    </message>
    <message>
        <source>%1 · receipt %2 · %3 · %4</source>
        <translation>%1 · чек %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Печать копии</translation>
    </message>
    <message>
        <source>Count the drawer. The till compares your count with what it expects only after you confirm.</source>
        <translation>Пересчитайте наличные в ящике. Касса сравнит ваш результат с ожидаемой суммой только после того, как вы подтвердите пересчёт.</translation>
    </message>
    <message>
        <source>Close the day and print the Z report</source>
        <translation>Закрыть день и напечатать Z-отчёт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Scan the loyalty card, or type phone or e-mail</source>
        <translation>Отсканируйте карту лояльности или введите телефон либо e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Карта %1 · %2</translation>
    </message>
    <message>
        <source>Web order number, e.g. W200001</source>
        <translation>Номер интернет-заказа, например W200001</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Orders in every channel</source>
        <translation>Заказы во всех каналах</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Open an order by its number or from the customer&apos;s list to collect it here or return it here.</source>
        <translation>Откройте заказ по номеру или из списка заказов покупателя, чтобы выдать его или оформить возврат в этом магазине.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · paid %2 (%3)</source>
        <translation>%1 · оплачено %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>возвращено: %1</translation>
    </message>
    <message>
        <source>Return, refund %1</source>
        <translation>Оформить возврат на %1</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Оформить возврат</translation>
    </message>
    <message>
        <source>Collect in this store instead</source>
        <translation>Перевести на получение в этом магазине</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Counted: %1</source>
        <translation>Подсчитано: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>No devices are configured. Add [device.NAME] sections to the configuration file (see docs/devices.md).</source>
        <translation>Устройства не настроены. Добавьте разделы [device.NAME] в файл конфигурации (см. docs/devices.md).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Открыть ящик</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Открыть дверцу</translation>
    </message>
    <message>
        <source>No compartments configured (key compartments)</source>
        <translation>Ячейки не настроены (ключ compartments)</translation>
    </message>
    <message>
        <source>Scan any code: it appears under Scanner test.</source>
        <translation>Отсканируйте любой код: он появится в разделе «Проверка сканера».</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Очередь печати</translation>
    </message>
    <message>
        <source>%1 to decide</source>
        <translation>Требуют решения: %1</translation>
    </message>
    <message>
        <source>No receipt printer is configured.</source>
        <translation>Принтер чеков не настроен.</translation>
    </message>
    <message>
        <source>Nothing waits to be printed.</source>
        <translation>Нет заданий, ожидающих печати.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
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
        <translation>%1 (попыток: %2)</translation>
    </message>
    <message>
        <source>It printed</source>
        <translation>Отметить как напечатанное</translation>
    </message>
    <message>
        <source>Reprint as copy</source>
        <translation>Напечатать копию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Проверка сканера</translation>
    </message>
    <message>
        <source>No scanner device is configured. Keyboard-wedge scanners without a device section type into the window instead.</source>
        <translation>Сканер не настроен как устройство. Сканеры в режиме эмуляции клавиатуры без раздела устройства вводят данные прямо в окно.</translation>
    </message>
    <message>
        <source>Scan any code with any scanner: it shows here with what it means.</source>
        <translation>Отсканируйте любой код любым сканером: он появится здесь вместе с расшифровкой.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Scan any product to check its price and stock</source>
        <translation>Отсканируйте любой товар, чтобы узнать цену и наличие</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Ring up sales, returns, cash drawer</source>
        <translation>Продажи, возвраты, денежный ящик</translation>
    </message>
    <message>
        <source>%1 is signed in</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>Staff PIN or badge</source>
        <translation>PIN-код или бейдж сотрудника</translation>
    </message>
    <message>
        <source>Collect an order</source>
        <translation>Получить заказ</translation>
    </message>
    <message>
        <source>Scan or type your pickup code</source>
        <translation>Отсканируйте или введите код получения</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Наличие</translation>
    </message>
    <message>
        <source>Price and stock here, in other stores and the warehouse</source>
        <translation>Цена и наличие здесь, в других магазинах и на центральном складе</translation>
    </message>
    <message>
        <source>%L1 products</source>
        <translation>Товаров: %L1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Стойка обслуживания</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Omnikiosk — %1 · terminal %2</source>
        <translation>Omnikiosk — %1 · терминал %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Заказы на самовывоз</translation>
    </message>
    <message>
        <source>Customer at the counter for order %1</source>
        <translation>Клиент ждёт у стойки выдачи заказ %1</translation>
    </message>
    <message>
        <source>Locker door needs attention: %1</source>
        <translation>Дверца постамата требует внимания: %1</translation>
    </message>
    <message>
        <source>Store desk</source>
        <translation>Стойка обслуживания</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Order number, name or pickup code</source>
        <translation>Номер заказа, имя или код получения</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Awaiting loading</source>
        <translation>Ожидает закладки</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Готов в постамате</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Готов на стойке выдачи</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок хранения истёк</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Выберите заказ</translation>
    </message>
    <message>
        <source>Collect until %1 · parcels: %2</source>
        <translation>Получить до %1 · мест: %2</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>не взято</translation>
    </message>
    <message>
        <source>ID checked:</source>
        <translation>Проверен документ:</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Водительское удостоверение</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Compartments</source>
        <translation>Ячейки</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Для маломобильных</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Подобрать</translation>
    </message>
    <message>
        <source>Open and load</source>
        <translation>Открыть и заложить</translation>
    </message>
    <message>
        <source>Keep at the counter</source>
        <translation>Оставить на стойке выдачи</translation>
    </message>
    <message>
        <source>Take back to stock</source>
        <translation>Вернуть на остаток</translation>
    </message>
    <message>
        <source>Extend 3 days</source>
        <translation>Продлить на 3 дня</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Unlock after wrong codes</source>
        <translation>Разблокировать после неверных кодов</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>Открыть дверцу</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Заказы на самовывоз</translation>
    </message>
    <message>
        <source>Any door:</source>
        <translation>Любая дверца:</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Крупный шрифт</translation>
    </message>
    <message>
        <source>Collect your order</source>
        <translation>Получите заказ</translation>
    </message>
    <message>
        <source>Hold the QR code from your message under the scanner, or type your pickup code.</source>
        <translation>Поднесите QR-код из сообщения под сканер или введите код получения.</translation>
    </message>
    <message>
        <source>Type my code</source>
        <translation>Ввести код</translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Ваш код получения</translation>
    </message>
    <message>
        <source>Open my locker</source>
        <translation>Открыть ячейку</translation>
    </message>
    <message numerus="yes">
        <source>Hello %1 · %n item(s)</source>
        <translation>
            <numerusform>Здравствуйте, %1 · %n товар</numerusform>
            <numerusform>Здравствуйте, %1 · %n товара</numerusform>
            <numerusform>Здравствуйте, %1 · %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening door %1 …</source>
        <translation>Открываем дверцу %1 …</translation>
    </message>
    <message>
        <source>Door %1 is open. Take your order and close the door.</source>
        <translation>Дверца %1 открыта. Заберите заказ и закройте дверцу.</translation>
    </message>
    <message>
        <source>Thank you! Enjoy your order.</source>
        <translation>Спасибо! Надеемся, покупка вам понравится.</translation>
    </message>
    <message>
        <source>Your order is waiting at the counter. A member of staff is on the way.</source>
        <translation>Ваш заказ ждёт вас на стойке выдачи. Сотрудник уже идёт.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Opening doors %1 …</source>
        <translation>Открываются дверцы %1 …</translation>
    </message>
    <message>
        <source>Doors %1 are open. Take your order and close the doors.</source>
        <translation>Дверцы %1 открыты. Заберите заказ и закройте дверцы.</translation>
    </message>
</context>
<context>
    <name>ProductDetails</name>
    <message>
        <source>Select a product to see its stock everywhere</source>
        <translation>Выберите товар, чтобы увидеть его наличие во всех магазинах и на центральном складе</translation>
    </message>
    <message>
        <source>Barcode %1 · %2 · VAT %3</source>
        <translation>Штрихкод %1 · %2 · НДС %3</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Наличие</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation>%1 (этот магазин)</translation>
    </message>
    <message>
        <source>%1: %2 available</source>
        <translation>%1: доступно %2</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>on hand %1 · reserved %2 · in transit %3</source>
        <translation>остаток %1 · в резерве %2 · в пути %3</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Забронировать…</translation>
    </message>
    <message>
        <source>Order…</source>
        <translation>Заказать…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Пересчитать…</translation>
    </message>
    <message>
        <source>Staff with the permission sign in (Store desk) to hold, order or count.</source>
        <translation>Чтобы бронировать, заказывать или пересчитывать товар, войдите через «Стойку обслуживания» как сотрудник с нужным правом.</translation>
    </message>
</context>
<context>
    <name>ProductLookupPage</name>
    <message>
        <source>Type a name, SKU or barcode — or scan</source>
        <translation>Введите название, артикул или штрихкод — или отсканируйте</translation>
    </message>
    <message>
        <source>%1 · in store: %2</source>
        <translation>%1 · в магазине: %2</translation>
    </message>
    <message>
        <source>Start typing or scan a barcode.
Search ignores accents: “zolc” finds “Żółć”.</source>
        <translation>Начните вводить текст или отсканируйте штрихкод.
Поиск не учитывает диакритику: по запросу «елка» найдётся «Ёлка».</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>не удаётся создать каталог данных %1</translation>
    </message>
    <message>
        <source>cannot restrict the data directory %1 to its owner (mode 0700)</source>
        <translation>не удаётся ограничить доступ к каталогу данных %1 только его владельцем (режим 0700)</translation>
    </message>
    <message>
        <source>[store] currency %1 is not supported</source>
        <translation>[store] currency: валюта %1 не поддерживается</translation>
    </message>
    <message>
        <source>Sync has stopped</source>
        <translation>Синхронизация остановлена</translation>
    </message>
    <message>
        <source>the shell (%1) did not load</source>
        <translation>оболочка (%1) не загрузилась</translation>
    </message>
    <message>
        <source>Main.qml did not create a window</source>
        <translation>Main.qml не создал окно</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>With receipt</source>
        <translation>С чеком</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Без чека</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code or type its number</source>
        <translation>Отсканируйте QR-код чека или введите его номер</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>sold %1 · paid %2 · left %3</source>
        <translation>продано %1 · оплачено %2 · осталось %3</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <source>How many (kg for weighed goods)</source>
        <translation>Количество (для весовых товаров — в кг)</translation>
    </message>
    <message>
        <source>Price paid (empty: today&apos;s price)</source>
        <translation>Цена покупки (пусто — текущая цена)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Return without receipt</source>
        <translation>Возврат без чека</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Чек: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Tap a line first</source>
        <translation>Сначала выберите позицию</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Скидка на позицию, %</translation>
    </message>
    <message>
        <source>0 removes the discount</source>
        <translation>0 — убрать скидку</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Покупатель: %1</translation>
    </message>
    <message>
        <source>Drawer open</source>
        <translation>Ящик открыт</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Receipt %1 was saved but never printed. Tap to print it (the sale is not rung again).</source>
        <translation>Чек %1 сохранён, но не напечатан. Нажмите, чтобы напечатать его (продажа не будет проведена повторно).</translation>
    </message>
    <message>
        <source>Scan an item or search on the right</source>
        <translation>Отсканируйте товар или найдите его справа</translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Скидки: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Search name or code (F2)</source>
        <translation>Поиск по названию или коду (F2)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Вес: %1</translation>
    </message>
    <message>
        <source>kg, e.g. 0.750</source>
        <translation>кг, например 0,750</translation>
    </message>
    <message>
        <source>Quantity
F6</source>
        <translation>Количество
F6</translation>
    </message>
    <message>
        <source>Discount
F7</source>
        <translation>Скидка
F7</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>Нужно подтверждение старшего кассира</translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation>Сторно
F8</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Скидка на чек</translation>
    </message>
    <message>
        <source>Discount on the whole ticket %</source>
        <translation>Скидка на весь чек, %</translation>
    </message>
    <message>
        <source>0 removes it</source>
        <translation>0 — убрать скидку</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Park
F9</source>
        <translation>Отложить
F9</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>Отложенные (%1)</translation>
    </message>
    <message>
        <source>Return
F10</source>
        <translation>Возврат
F10</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Отменить продажу</translation>
    </message>
    <message>
        <source>Cash · reports
F12</source>
        <translation>Наличные · отчёты
F12</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>F2 search · F4 pay · F6 quantity · F7 discount · F8 void line · F9 park · F10 return · F12 cash</source>
        <translation>F2 поиск · F4 оплата · F6 количество · F7 скидка · F8 сторно · F9 отложить · F10 возврат · F12 наличные</translation>
    </message>
    <message>
        <source>PAY BACK %1  (F4)</source>
        <translation>ВЕРНУТЬ %1  (F4)</translation>
    </message>
    <message>
        <source>PAY %1  (F4)</source>
        <translation>ОПЛАТИТЬ %1  (F4)</translation>
    </message>
    <message>
        <source>Parked tickets</source>
        <translation>Отложенные чеки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Card on this sale</source>
        <translation>Добавить карту к продаже</translation>
    </message>
</context>
<context>
    <name>ShiftOpenPage</name>
    <message>
        <source>Open the shift</source>
        <translation>Открытие смены</translation>
    </message>
    <message>
        <source>%1, count the float you put in the drawer.</source>
        <translation>%1, пересчитайте размен, который вы положили в денежный ящик.</translation>
    </message>
    <message>
        <source>Open shift with %1</source>
        <translation>Открыть смену, размен: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Кто за кассой?</translation>
    </message>
    <message>
        <source>This badge is not a staff member of this store</source>
        <translation>Этот бейдж не принадлежит сотруднику этого магазина</translation>
    </message>
    <message>
        <source>Tap your name or scan your staff badge</source>
        <translation>Выберите своё имя или отсканируйте бейдж сотрудника</translation>
    </message>
    <message>
        <source>No staff accounts yet: they arrive with the first sync from head office.</source>
        <translation>Учётных записей сотрудников пока нет: они появятся после первой синхронизации с центральным офисом.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Выберите своё имя</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>%1: staff only</source>
        <translation>%1: только для персонала</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для персонала</translation>
    </message>
    <message>
        <source>%1, your role (%2) may not open this screen. Ask a supervisor.</source>
        <translation>%1, ваша роль (%2) не даёт доступа к этому экрану. Обратитесь к старшему кассиру.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
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
        <translation>Терминал %1</translation>
    </message>
    <message>
        <source>● Local cache only</source>
        <translation>● Только локальный кэш</translation>
    </message>
    <message>
        <source>● Online · sending %1</source>
        <translation>● В сети · отправка: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <source>● Offline · %1 to send</source>
        <translation>● Не в сети · к отправке: %1</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Не в сети</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонённое</numerusform>
            <numerusform>%n отклонённых</numerusform>
            <numerusform>%n отклонённых</numerusform>
        </translation>
    </message>
    <message>
        <source>DEV: plain HTTP</source>
        <translation>DEV: HTTP без шифрования</translation>
    </message>
    <message>
        <source>No devices configured</source>
        <translation>Устройства не настроены</translation>
    </message>
    <message>
        <source>Devices %1/%2 online</source>
        <translation>Устройства в сети: %1/%2</translation>
    </message>
    <message>
        <source>Language of my screens</source>
        <translation>Язык моих экранов</translation>
    </message>
</context>
<context>
    <name>StockActionDialog</name>
    <message>
        <source>Hold %1 for a customer</source>
        <translation>Забронировать %1 для покупателя</translation>
    </message>
    <message>
        <source>Order %1 from another location</source>
        <translation>Заказать %1 из другого магазина или со склада</translation>
    </message>
    <message>
        <source>Count %1 here</source>
        <translation>Пересчитать %1 в этом магазине</translation>
    </message>
    <message>
        <source>Available here: %1. The hold lowers it at once, here and for the web shop.</source>
        <translation>Доступно здесь: %1. Бронь сразу уменьшает это количество — и здесь, и в интернет-магазине.</translation>
    </message>
    <message>
        <source>The request goes through the central service (queued while offline). Sent to this store, it becomes a click-and-collect order when it arrives.</source>
        <translation>Запрос передаётся через центральный сервер (без связи он ждёт в очереди). Товар, заказанный в этот магазин, по прибытии становится заказом на самовывоз.</translation>
    </message>
    <message>
        <source>The system shows %1 on hand. Count every piece on the shelf and in the back room and enter the total.</source>
        <translation>По данным системы остаток: %1. Пересчитайте все единицы товара в торговом зале и в подсобке и введите итог.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>For</source>
        <translation>На имя</translation>
    </message>
    <message>
        <source>Customer&apos;s name, for the shelf label</source>
        <translation>Имя покупателя для ярлыка на полке</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>В этот магазин</translation>
    </message>
    <message>
        <source>The customer&apos;s home</source>
        <translation>На дом покупателю</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Street, number, postcode, city</source>
        <translation>Улица, дом, индекс, город</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Забронировать</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказать</translation>
    </message>
    <message>
        <source>Send count</source>
        <translation>Отправить пересчёт</translation>
    </message>
</context>
<context>
    <name>StoreDeskPage</name>
    <message>
        <source>Store desk</source>
        <translation>Стойка обслуживания</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Holds and requests</source>
        <translation>Брони и запросы</translation>
    </message>
    <message>
        <source>Active holds</source>
        <translation>Активные брони</translation>
    </message>
    <message>
        <source>No active holds</source>
        <translation>Активных броней нет</translation>
    </message>
    <message>
        <source>%1 × %2 for %3, until %4 (%5)</source>
        <translation>%1 × %2 на имя %3, до %4 (%5)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>Снять бронь</translation>
    </message>
    <message>
        <source>Orders, counts and web actions made here</source>
        <translation>Заказы, пересчёты и операции с интернет-заказами на этом терминале</translation>
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
        <translation>Синхронизация с центральным сервером</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>В очереди на отправку</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1, the oldest for %2</source>
        <translation>%1, самое старое ждёт %2</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Последнее получение</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>%1: set this terminal&apos;s clock (nothing is decided by it)</source>
        <translation>%1: настройте часы этого терминала (от них ничего не зависит)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Потоки данных</translation>
    </message>
    <message>
        <source>Refused by the central service</source>
        <translation>Отклонено центральным сервером</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>Отклонённых событий нет.</translation>
    </message>
    <message>
        <source>These events were not applied centrally; they stay here until they are accepted. Fix what the reason says, then send the event again.</source>
        <translation>Эти события не приняты центральным сервером; они хранятся здесь, пока не будут приняты. Устраните причину, указанную в сообщении, и отправьте событие повторно.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · attempts: %2</source>
        <translation>%1 · попыток: %2</translation>
    </message>
    <message>
        <source>Another event was sent under the same id: report this to support before sending it again.</source>
        <translation>С тем же идентификатором уже было отправлено другое событие: сообщите об этом в службу поддержки, прежде чем отправлять его повторно.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить повторно</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Pay back</source>
        <translation>К возврату</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>In cash: %1</source>
        <translation>Наличными: %1</translation>
    </message>
    <message>
        <source> · change %1</source>
        <translation> · сдача %1</translation>
    </message>
    <message>
        <source>Waiting for the card terminal… %1</source>
        <translation>Ожидание платёжного терминала… %1</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>Отменить оплату картой</translation>
    </message>
    <message>
        <source>Check card payment</source>
        <translation>Проверить оплату картой</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Назад к корзине</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Pay back in cash</source>
        <translation>Вернуть наличными</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличными</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Картой %1</translation>
    </message>
    <message>
        <source>Refund to card</source>
        <translation>Вернуть на карту</translation>
    </message>
    <message>
        <source>Card, whole amount</source>
        <translation>Картой, вся сумма</translation>
    </message>
    <message>
        <source>Points worth %1</source>
        <translation>Баллами %1</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Баллами (%1)</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>less than a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 назад)</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalController</name>
    <message>
        <source>Choose who approves</source>
        <translation>Выберите, кто подтверждает</translation>
    </message>
</context>
<context>
    <name>ok::ApprovalGate</name>
    <message>
        <source>Nothing is waiting for an approval</source>
        <translation>Нет действий, ожидающих подтверждения</translation>
    </message>
</context>
<context>
    <name>ok::BasketModel</name>
    <message>
        <source>%1/kg</source>
        <translation>%1/кг</translation>
    </message>
    <message>
        <source>Return, receipt line %1</source>
        <translation>Возврат, позиция чека %1</translation>
    </message>
</context>
<context>
    <name>ok::CashController</name>
    <message>
        <source>check the numbers</source>
        <translation>проверьте числа</translation>
    </message>
    <message>
        <source>Counts are whole numbers of notes and coins</source>
        <translation>Укажите целое количество купюр и монет</translation>
    </message>
    <message>
        <source>Shift open with a float of %1</source>
        <translation>Смена открыта, размен: %1</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. 100</source>
        <translation>Введите сумму, например 100</translation>
    </message>
    <message>
        <source>X report printed</source>
        <translation>X-отчёт напечатан</translation>
    </message>
    <message>
        <source>The copy is printing</source>
        <translation>Копия печатается</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>обмен</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>продажа</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 over.</source>
        <translation>День закрыт: Z-отчёт № %1 напечатан. Подсчитано %2, ожидалось %3: излишек %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, expected %3: %4 short.</source>
        <translation>День закрыт: Z-отчёт № %1 напечатан. Подсчитано %2, ожидалось %3: недостача %4.</translation>
    </message>
    <message>
        <source>Day closed: Z report %1 printed. Counted %2, as expected.</source>
        <translation>День закрыт: Z-отчёт № %1 напечатан. Подсчитано %2, расхождений нет.</translation>
    </message>
</context>
<context>
    <name>ok::CashDesk</name>
    <message>
        <source>No receipt printer: the report is saved and was sent to head office</source>
        <translation>Нет принтера чеков: отчёт сохранён и отправлен в центральный офис</translation>
    </message>
    <message>
        <source>Open a shift first</source>
        <translation>Сначала откройте смену</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Смена не открыта</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Finish, park or void the open ticket before closing the day</source>
        <translation>Перед закрытием дня завершите, отложите или отмените открытый чек</translation>
    </message>
    <message>
        <source>The count has a negative or impossible number</source>
        <translation>В пересчёте есть отрицательное или недопустимое число</translation>
    </message>
    <message>
        <source>The count differs from what the till expects by more than the limit. Count again, or a manager accepts it with a reason.</source>
        <translation>Подсчитанная сумма отличается от ожидаемой кассой больше допустимого. Пересчитайте ещё раз или попросите директора магазина принять расхождение с указанием причины.</translation>
    </message>
    <message>
        <source>A manager accepting a count difference must give a reason</source>
        <translation>Директор магазина, принимающий расхождение, должен указать причину</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-отчёт № %1</translation>
    </message>
</context>
<context>
    <name>ok::CashDrawerService</name>
    <message>
        <source>No cash drawer is configured (it hangs on the receipt printer)</source>
        <translation>Денежный ящик не настроен (он подключается к принтеру чеков)</translation>
    </message>
    <message>
        <source>The cash drawer hangs on a receipt printer</source>
        <translation>Денежный ящик подключается к принтеру чеков</translation>
    </message>
    <message>
        <source>This printer has no cash drawer</source>
        <translation>К этому принтеру не подключён денежный ящик</translation>
    </message>
    <message>
        <source>A drawer opening needs the person who asked for it</source>
        <translation>Для открытия ящика нужно указать, кто его запросил</translation>
    </message>
    <message>
        <source>The drawer was not opened: the journal could not be written (%1)</source>
        <translation>Ящик не открыт: не удалось сделать запись в журнал операций (%1)</translation>
    </message>
</context>
<context>
    <name>ok::CatalogService</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Каталог товаров недоступен.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
</context>
<context>
    <name>ok::CustomerController</name>
    <message>
        <source>Back to the original payment</source>
        <translation>На исходный способ оплаты</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Зачёт аванса</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличными</translation>
    </message>
    <message>
        <source>%1 points (worth %2)</source>
        <translation>Баллов: %1 (на сумму %2)</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Зачёт аванса: %1</translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation>Оплачен, собирается</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>To collect in store</source>
        <translation>Ожидает получения в магазине</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Интернет-магазин</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Delivery to the customer&apos;s home</source>
        <translation>Доставка на дом</translation>
    </message>
    <message>
        <source>Collect in store %1</source>
        <translation>Самовывоз из магазина %1</translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation>Поиск покупателя…</translation>
    </message>
    <message>
        <source>No customer with that card, phone number or e-mail address</source>
        <translation>Покупатель с такой картой, номером телефона или e-mail не найден</translation>
    </message>
    <message>
        <source>%1 customers match: choose one</source>
        <translation>Найдено покупателей: %1. Выберите нужного</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Поиск заказа…</translation>
    </message>
    <message>
        <source>Order %1 will be collected here: the central service confirms it and it appears among the click-and-collect orders.</source>
        <translation>Заказ %1 будет выдан здесь: центральный сервер подтвердит это, и заказ появится среди заказов на самовывоз.</translation>
    </message>
    <message>
        <source>%1&apos;s loyalty card is on the sale: it earns points.</source>
        <translation>Карта лояльности покупателя %1 добавлена к продаже: за покупку начислятся баллы.</translation>
    </message>
    <message>
        <source>Enter the amount to pay with points</source>
        <translation>Введите сумму для оплаты баллами</translation>
    </message>
    <message>
        <source>%1 has only %2 points</source>
        <translation>Покупателю %1 доступно всего баллов: %2</translation>
    </message>
    <message>
        <source>Returned: %1 becomes the customer&apos;s store credit once the central service has the return; the web shop shows it.</source>
        <translation>Возврат оформлен: %1 будет зачислено покупателю в зачёт аванса, когда центральный сервер получит возврат; это отобразится в интернет-магазине.</translation>
    </message>
    <message>
        <source>Returned: %1 goes back to the original payment once the central service has the return; the web shop shows it.</source>
        <translation>Возврат оформлен: %1 вернётся на исходный способ оплаты, когда центральный сервер получит возврат; это отобразится в интернет-магазине.</translation>
    </message>
    <message>
        <source>card online</source>
        <translation>картой онлайн</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>зачёт аванса</translation>
    </message>
    <message>
        <source>points</source>
        <translation>баллы</translation>
    </message>
</context>
<context>
    <name>ok::CustomerDesk</name>
    <message>
        <source>Customers are looked up at the central service, and this terminal has none configured</source>
        <translation>Поиск покупателей идёт через центральный сервер, а на этом терминале он не настроен</translation>
    </message>
    <message>
        <source>Scan the loyalty card, or type a phone number or an e-mail address</source>
        <translation>Отсканируйте карту лояльности или введите номер телефона либо адрес e-mail</translation>
    </message>
    <message>
        <source>Type the web order number as on the customer&apos;s confirmation, e.g. W200001</source>
        <translation>Введите номер интернет-заказа, как в подтверждении у покупателя, например W200001</translation>
    </message>
    <message>
        <source>Only a paid order that has not left for the customer&apos;s home can be collected here</source>
        <translation>Здесь можно выдать только оплаченный заказ, который ещё не отправлен покупателю на дом</translation>
    </message>
    <message>
        <source>The order was paid in %1: it can be collected only in a store that sells in %1</source>
        <translation>Заказ оплачен в валюте %1: получить его можно только в магазине, где продажи идут в валюте %1</translation>
    </message>
    <message>
        <source>The order has no line %1</source>
        <translation>В заказе нет позиции %1</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be returned</source>
        <translation>Позиция %1: можно вернуть не более %2</translation>
    </message>
    <message>
        <source>Choose what the customer returns</source>
        <translation>Выберите, что возвращает покупатель</translation>
    </message>
    <message>
        <source>This store does not refund web orders that way</source>
        <translation>Этот магазин не возвращает деньги за интернет-заказы таким способом</translation>
    </message>
    <message>
        <source>The order was paid in %1: return it in a store that sells in %1</source>
        <translation>Заказ оплачен в валюте %1: оформите возврат в магазине, где продажи идут в валюте %1</translation>
    </message>
    <message>
        <source>The order has not reached the customer yet: nothing to return</source>
        <translation>Заказ ещё не получен покупателем: возвращать нечего</translation>
    </message>
    <message>
        <source>Points cannot be paid with while the central service is out of reach: the balance could be spent twice. Take another payment; the sale still earns points.</source>
        <translation>Оплата баллами невозможна, пока центральный сервер недоступен: баллы могут списать дважды. Примите другую оплату; баллы за покупку всё равно начислятся.</translation>
    </message>
    <message>
        <source>Enter the points to pay with</source>
        <translation>Введите количество баллов для оплаты</translation>
    </message>
</context>
<context>
    <name>ok::DeviceManager</name>
    <message>
        <source>Test print %1 printed</source>
        <translation>Пробная печать %1 выполнена</translation>
    </message>
    <message>
        <source>Test print %1 waits for the printer: %2</source>
        <translation>Пробная печать %1 ожидает принтер: %2</translation>
    </message>
    <message>
        <source>Test print %1 may not have printed: %2</source>
        <translation>Пробная печать %1, возможно, не выполнена: %2</translation>
    </message>
    <message>
        <source>A receipt may not have printed: check the printer and its queue on the device screen</source>
        <translation>Чек, возможно, не напечатан: проверьте принтер и его очередь на экране устройств</translation>
    </message>
    <message>
        <source>%1 (%2): not available: %3</source>
        <translation>%1 (%2): недоступно: %3</translation>
    </message>
    <message>
        <source>print queue: %1 waiting, %2 uncertain</source>
        <translation>очередь печати (ожидают: %1, под вопросом: %2)</translation>
    </message>
    <message>
        <source>No receipt printer configured</source>
        <translation>Принтер чеков не настроен</translation>
    </message>
    <message>
        <source>Receipt printer offline: receipts wait in the queue</source>
        <translation>Принтер чеков не в сети: чеки ждут в очереди</translation>
    </message>
    <message>
        <source>Receipt printer: %1 Receipts wait in the queue.</source>
        <translation>Принтер чеков: %1 Чеки ждут в очереди.</translation>
    </message>
</context>
<context>
    <name>ok::DeviceTests</name>
    <message>
        <source>This device is not a receipt printer</source>
        <translation>Это устройство не является принтером чеков</translation>
    </message>
    <message>
        <source>The print queue could not be opened: see the log</source>
        <translation>Не удалось открыть очередь печати: см. журнал</translation>
    </message>
    <message>
        <source>Omnikiosk test print</source>
        <translation>Пробная печать Omnikiosk</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>Test print %1 sent</source>
        <translation>Пробная печать %1 отправлена</translation>
    </message>
    <message>
        <source>Test print %1 queued: it prints when the printer is ready</source>
        <translation>Пробная печать %1 в очереди: она будет выполнена, когда принтер будет готов</translation>
    </message>
    <message>
        <source>Drawer kick sent</source>
        <translation>Команда открытия ящика отправлена</translation>
    </message>
    <message>
        <source>This device is not a locker</source>
        <translation>Это устройство не является постаматом</translation>
    </message>
    <message>
        <source>There is no compartment &quot;%1&quot; on %2</source>
        <translation>На устройстве %2 нет ячейки «%1»</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Дверца не открыта: не удалось сделать запись в журнал операций (%1)</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Открытие ячейки %1 …</translation>
    </message>
    <message>
        <source>This device has no print queue</source>
        <translation>У этого устройства нет очереди печати</translation>
    </message>
</context>
<context>
    <name>ok::DevicesModel</name>
    <message>
        <source>%1: your role may not do this here. Someone whose role may must sign in.</source>
        <translation>%1: вашей роли это здесь не разрешено. Должен войти сотрудник, у которого есть такое право.</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Устройство не найдено</translation>
    </message>
</context>
<context>
    <name>ok::DiskSpace</name>
    <message>
        <source>The terminal&apos;s disk is nearly full (%1 MB free, %2 MB needed): no new sale can start. Call support: docs/operations.md, &apos;Disk full&apos;</source>
        <translation>Диск терминала почти заполнен (свободно %1 МБ, нужно %2 МБ): новую продажу начать нельзя. Вызовите поддержку: docs/operations.md, &apos;Disk full&apos;</translation>
    </message>
</context>
<context>
    <name>ok::KeyboardWedge</name>
    <message>
        <source>A scan of more than %L1 characters was ignored: no barcode is that long. If a key is stuck on the keyboard or the scanner, release it.</source>
        <translation>Скан длиннее %L1 симв. проигнорирован: таких длинных штрихкодов не бывает. Если на клавиатуре или сканере залипла клавиша, отпустите её.</translation>
    </message>
</context>
<context>
    <name>ok::LocalSyncStore</name>
    <message>
        <source>Checksum differed from the central service: pulling the stream again.</source>
        <translation>Контрольная сумма не совпала с центральным сервером: поток загружается заново.</translation>
    </message>
</context>
<context>
    <name>ok::LockerDoors</name>
    <message>
        <source>There is no locker door %1</source>
        <translation>В постамате нет дверцы %1</translation>
    </message>
    <message>
        <source>The door was not opened: the journal could not be written (%1)</source>
        <translation>Дверца не открыта: не удалось сделать запись в журнал операций (%1)</translation>
    </message>
</context>
<context>
    <name>ok::OrdersController</name>
    <message>
        <source>Awaiting loading</source>
        <translation>Ожидает закладки</translation>
    </message>
    <message>
        <source>Ready in locker</source>
        <translation>Готов в постамате</translation>
    </message>
    <message>
        <source>Ready at the counter</source>
        <translation>Готов на стойке выдачи</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок хранения истёк</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>handed over (%1)</source>
        <translation>выдан (%1)</translation>
    </message>
    <message>
        <source>loaded into %1</source>
        <translation>заложен в ячейку %1</translation>
    </message>
    <message>
        <source>wrong code</source>
        <translation>неверный код</translation>
    </message>
    <message>
        <source>door %1 unlocked</source>
        <translation>дверца %1 разблокирована</translation>
    </message>
    <message>
        <source>door %1: %2</source>
        <translation>дверца %1: %2</translation>
    </message>
    <message>
        <source>Handed over here, but cancelled at the central service: check the order</source>
        <translation>Выдан здесь, но отменён на центральном сервере: проверьте заказ</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>opened late</source>
        <translation>открыта с задержкой</translation>
    </message>
    <message>
        <source>did not open</source>
        <translation>не открылась</translation>
    </message>
    <message>
        <source>not sent: the locker is not connected</source>
        <translation>не отправлено: постамат не подключён</translation>
    </message>
    <message>
        <source>left open</source>
        <translation>оставлена открытой</translation>
    </message>
    <message>
        <source>unknown: check the locker</source>
        <translation>состояние неизвестно: проверьте постамат</translation>
    </message>
    <message>
        <source>incident at door %1: %2</source>
        <translation>инцидент у дверцы %1: %2</translation>
    </message>
    <message>
        <source>items refused</source>
        <translation>отказ от товаров</translation>
    </message>
    <message>
        <source>taken back to stock</source>
        <translation>возвращено на склад</translation>
    </message>
    <message>
        <source>pickup extended</source>
        <translation>срок получения продлён</translation>
    </message>
    <message>
        <source>unlocked after wrong codes: %1</source>
        <translation>разблокировано после неверных кодов: %1</translation>
    </message>
    <message>
        <source>customer called to the counter</source>
        <translation>покупатель вызван к стойке выдачи</translation>
    </message>
    <message>
        <source>kept at the counter</source>
        <translation>оставлено на стойке выдачи</translation>
    </message>
    <message>
        <source>shut empty: not loaded</source>
        <translation>закрыта пустой: не заложено</translation>
    </message>
</context>
<context>
    <name>ok::Permission</name>
    <message>
        <source>Void or reduce a line</source>
        <translation>Сторно или уменьшение количества в позиции</translation>
    </message>
    <message>
        <source>Void the whole sale</source>
        <translation>Отмена всей продажи</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>Изменение цены</translation>
    </message>
    <message>
        <source>Discount above the limit</source>
        <translation>Скидка сверх лимита</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Возврат без чека</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Открытие ящика без продажи</translation>
    </message>
    <message>
        <source>Put cash in or take it out</source>
        <translation>Внесение и изъятие наличных</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Печать X-отчёта</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Закрытие дня (Z-отчёт)</translation>
    </message>
    <message>
        <source>Accept a cash count difference (manager)</source>
        <translation>Принятие расхождения при пересчёте наличных (директор магазина)</translation>
    </message>
    <message>
        <source>Open the staff screens</source>
        <translation>Доступ к экранам персонала</translation>
    </message>
    <message>
        <source>Test the devices</source>
        <translation>Проверка устройств</translation>
    </message>
    <message>
        <source>Open a locker door by hand</source>
        <translation>Открытие дверцы постамата вручную</translation>
    </message>
    <message>
        <source>Send a refused event again</source>
        <translation>Повторная отправка отклонённого события</translation>
    </message>
    <message>
        <source>This needs the approval of someone who may: %1</source>
        <translation>Нужно подтверждение сотрудника с правом: %1</translation>
    </message>
    <message>
        <source>Load the lockers and hand orders over</source>
        <translation>Закладка в постаматы и выдача заказов</translation>
    </message>
    <message>
        <source>Extend a pickup or unlock a locked order</source>
        <translation>Продление срока получения или разблокировка заблокированного заказа</translation>
    </message>
    <message>
        <source>Hold, order and count stock; serve a customer&apos;s web orders</source>
        <translation>Бронирование, заказ и пересчёт товара; обслуживание интернет-заказов покупателей</translation>
    </message>
</context>
<context>
    <name>ok::PickupController</name>
    <message>
        <source>The door did not open. Please go to the counter: a member of staff will hand you your order.</source>
        <translation>Дверца не открылась. Пожалуйста, подойдите к стойке выдачи: сотрудник выдаст вам заказ.</translation>
    </message>
</context>
<context>
    <name>ok::PickupCounter</name>
    <message>
        <source>There is no order %1 here</source>
        <translation>Заказа %1 здесь нет</translation>
    </message>
    <message>
        <source>Order %1 cannot be loaded: it is not waiting to be loaded</source>
        <translation>Заказ %1 нельзя заложить: он не ожидает закладки</translation>
    </message>
    <message>
        <source>No free compartment: hand the order over at the counter</source>
        <translation>Нет свободной ячейки: выдайте заказ на стойке выдачи</translation>
    </message>
    <message>
        <source>There is no locker door %1</source>
        <translation>В постамате нет дверцы %1</translation>
    </message>
    <message>
        <source>Compartment %1 already holds order %2: choose another one</source>
        <translation>В ячейке %1 уже лежит заказ %2: выберите другую</translation>
    </message>
    <message>
        <source>Put the parcel of order %1 in %2 and close the door</source>
        <translation>Положите посылку заказа %1 в ячейку %2 и закройте дверцу</translation>
    </message>
    <message>
        <source>Order %1 is not waiting to be loaded</source>
        <translation>Заказ %1 не ожидает закладки</translation>
    </message>
    <message>
        <source>Order %1 waits at the counter</source>
        <translation>Заказ %1 ждёт на стойке выдачи</translation>
    </message>
    <message>
        <source>Order %1 cannot be handed over: it is not ready for pickup</source>
        <translation>Заказ %1 нельзя выдать: он не готов к получению</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: choose the document you checked</source>
        <translation>Для заказа %1 нужна проверка личности: выберите проверенный документ</translation>
    </message>
    <message>
        <source>Line %1 of order %2 does not have that many items</source>
        <translation>В позиции %1 заказа %2 нет столько единиц товара</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 handed over; %n refused item(s) will be refunded</source>
        <translation>
            <numerusform>Заказ %1 выдан; деньги за %n непринятый товар будут возвращены</numerusform>
            <numerusform>Заказ %1 выдан; деньги за %n непринятых товара будут возвращены</numerusform>
            <numerusform>Заказ %1 выдан; деньги за %n непринятых товаров будут возвращены</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 handed over</source>
        <translation>Заказ %1 выдан</translation>
    </message>
    <message>
        <source>Order %1 has not expired</source>
        <translation>Срок хранения заказа %1 не истёк</translation>
    </message>
    <message>
        <source>Take the parcel of order %1 out of %2 and close the door</source>
        <translation>Достаньте посылку заказа %1 из ячейки %2 и закройте дверцу</translation>
    </message>
    <message>
        <source>Loaded: the order is ready for pickup</source>
        <translation>Заложен: заказ готов к получению</translation>
    </message>
    <message>
        <source>Taken back: the order returns to stock</source>
        <translation>Снят с выдачи: товары заказа возвращаются на остаток</translation>
    </message>
    <message>
        <source>A pickup can be extended by 1 to %1 days</source>
        <translation>Срок получения можно продлить на срок от 1 до %1 дней</translation>
    </message>
    <message>
        <source>Order %1 can no longer be extended</source>
        <translation>Срок получения заказа %1 больше нельзя продлить</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 can be collected %n more day(s)</source>
        <translation>
            <numerusform>Заказ %1 можно получить ещё %n день</numerusform>
            <numerusform>Заказ %1 можно получить ещё %n дня</numerusform>
            <numerusform>Заказ %1 можно получить ещё %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the order is unlocked</source>
        <translation>Укажите причину разблокировки заказа</translation>
    </message>
    <message>
        <source>The order can be collected with its code again</source>
        <translation>Заказ снова можно получить по коду</translation>
    </message>
    <message>
        <source>Say why the door is opened</source>
        <translation>Укажите причину открытия дверцы</translation>
    </message>
    <message>
        <source>Order %1 needs an identity check: keep it at the counter</source>
        <translation>Для заказа %1 нужна проверка документа: оставьте его на стойке выдачи</translation>
    </message>
    <message>
        <source>%1 reads empty: the order is not ready. Open and load it again with the parcel inside.</source>
        <translation>%1: ячейка пуста, заказ не готов. Откройте и заложите его снова с посылкой внутри.</translation>
    </message>
</context>
<context>
    <name>ok::PickupDesk</name>
    <message>
        <source>This order has already been collected. If that was not you, please ask a member of staff.</source>
        <translation>Этот заказ уже получен. Если это были не вы, обратитесь к сотруднику магазина.</translation>
    </message>
    <message>
        <source>This order was cancelled. A member of staff will gladly help you.</source>
        <translation>Этот заказ отменён. Сотрудник магазина с радостью вам поможет.</translation>
    </message>
    <message>
        <source>The time to collect this order has ended. Please ask a member of staff: it may still be here.</source>
        <translation>Срок получения этого заказа истёк. Обратитесь к сотруднику магазина: возможно, заказ ещё здесь.</translation>
    </message>
    <message>
        <source>Your order is not ready yet. We will send you a message when it is.</source>
        <translation>Ваш заказ ещё не готов. Мы пришлём вам сообщение, когда он будет готов.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Подождите %n секунду, прежде чем пробовать снова.</numerusform>
            <numerusform>Подождите %n секунды, прежде чем пробовать снова.</numerusform>
            <numerusform>Подождите %n секунд, прежде чем пробовать снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>This QR code cannot be read as a pickup code. Please type the code from your message.</source>
        <translation>Этот QR-код не удаётся прочитать как код получения. Введите код из сообщения.</translation>
    </message>
    <message>
        <source>This order is waiting for you in another of our stores. Your message says which one.</source>
        <translation>Этот заказ ждёт вас в другом нашем магазине. В сообщении указано, в каком.</translation>
    </message>
    <message>
        <source>We cannot find this order here yet. Please ask a member of staff.</source>
        <translation>Мы пока не можем найти этот заказ здесь. Обратитесь к сотруднику магазина.</translation>
    </message>
    <message>
        <source>This order is locked after too many wrong codes. A member of staff can open it for you.</source>
        <translation>Этот заказ заблокирован после слишком большого числа неверных кодов. Сотрудник магазина может разблокировать его для вас.</translation>
    </message>
    <message>
        <source>A pickup code has 12 letters and digits, like K7Q2-M9XD-4HWT.</source>
        <translation>Код получения состоит из 12 букв и цифр, например K7Q2-M9XD-4HWT.</translation>
    </message>
    <message>
        <source>This code does not match an order. Please check it and try again.</source>
        <translation>Этот код не соответствует ни одному заказу. Проверьте его и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>ok::PrintQueueModel</name>
    <message>
        <source>Print jobs cannot be changed from here</source>
        <translation>Задания печати нельзя изменить отсюда</translation>
    </message>
    <message>
        <source>No such print job</source>
        <translation>Задание печати не найдено</translation>
    </message>
    <message>
        <source>%1 (job %2) cancelled</source>
        <translation>%1 (задание %2): отменено</translation>
    </message>
    <message>
        <source>%1 (job %2) queued again as copy (job %3)</source>
        <translation>%1 (задание %2): снова в очереди как копия (задание %3)</translation>
    </message>
    <message>
        <source>%1 (job %2) marked printed</source>
        <translation>%1 (задание %2): отмечено как напечатанное</translation>
    </message>
</context>
<context>
    <name>ok::PrintSpooler</name>
    <message>
        <source>waiting</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>печатается</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>uncertain: decide</source>
        <translation>неясно: нужно решение</translation>
    </message>
    <message>
        <source>The program stopped while this was printing: check whether it came out, then reprint, mark printed or cancel</source>
        <translation>Программа остановилась во время печати: проверьте, вышел ли документ, затем напечатайте его повторно, отметьте как напечатанный или отмените</translation>
    </message>
    <message>
        <source>The print job could not be saved: %1</source>
        <translation>Не удалось сохранить задание печати: %1</translation>
    </message>
    <message>
        <source>The printer is not configured any more</source>
        <translation>Принтер больше не настроен</translation>
    </message>
    <message>
        <source>Job %1 is %2 now: nothing was changed</source>
        <translation>Задание %1 сейчас в состоянии «%2»: ничего не изменено</translation>
    </message>
    <message>
        <source>There is no print job %1 for this printer</source>
        <translation>Для этого принтера нет задания печати %1</translation>
    </message>
    <message>
        <source>Job %1 is being printed right now: wait for the printer</source>
        <translation>Задание %1 печатается прямо сейчас: дождитесь принтера</translation>
    </message>
    <message>
        <source>Job %1 has not printed yet: it prints when the printer is ready</source>
        <translation>Задание %1 ещё не напечатано: оно будет напечатано, когда принтер будет готов</translation>
    </message>
    <message>
        <source>Only a job whose outcome is uncertain can be marked printed; job %1 is %2</source>
        <translation>Отметить как напечатанное можно только задание с неясным результатом; задание %1 в состоянии «%2»</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** КОПИЯ ***</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>Принтер не подключён</translation>
    </message>
    <message>
        <source>The printer is not ready</source>
        <translation>Принтер не готов</translation>
    </message>
</context>
<context>
    <name>ok::ProductLookupModel</name>
    <message>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
    <message>
        <source>price in unknown currency %1</source>
        <translation>цена в неизвестной валюте %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/кг</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>not stocked here</source>
        <translation>нет в ассортименте</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Search by name instead.</source>
        <translation>Товара со штрихкодом %1 нет. Найдите его по названию.</translation>
    </message>
    <message>
        <source>Barcode %1 has a wrong check digit: scan it again, or type the name.</source>
        <translation>У штрихкода %1 неверная контрольная цифра: отсканируйте его ещё раз или введите название.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>regular price %1</source>
        <translation>обычная цена %1</translation>
    </message>
</context>
<context>
    <name>ok::ReceiptService</name>
    <message>
        <source>There is no such sale</source>
        <translation>Такой продажи нет</translation>
    </message>
    <message>
        <source>No receipt printer: the sale is saved; print it from the sales list later</source>
        <translation>Нет принтера чеков: продажа сохранена; напечатайте чек позже из списка продаж</translation>
    </message>
    <message>
        <source>Receipt %1 is already in the print queue</source>
        <translation>Чек %1 уже в очереди печати</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(копия)</translation>
    </message>
</context>
<context>
    <name>ok::Receipts</name>
    <message>
        <source>line voided</source>
        <translation>сторно позиции</translation>
    </message>
    <message>
        <source>sale voided</source>
        <translation>отмена продажи</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>изменение цены</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <source>return without receipt</source>
        <translation>возврат без чека</translation>
    </message>
    <message>
        <source>Store %1 · Terminal %2</source>
        <translation>Магазин %1 · Терминал %2</translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation>ВОЗВРАТ № %1</translation>
    </message>
    <message>
        <source>EXCHANGE %1</source>
        <translation>ОБМЕН № %1</translation>
    </message>
    <message>
        <source>RECEIPT %1</source>
        <translation>ЧЕК № %1</translation>
    </message>
    <message>
        <source>For receipt %1</source>
        <translation>К чеку № %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/кг</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>returned, line %1</source>
        <translation>возврат позиции %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Вы сэкономили</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Округление</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Зачёт аванса</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Брутто</translation>
    </message>
    <message>
        <source>Cashier: %1 (%2)</source>
        <translation>Кассир: %1 (%2)</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Подтверждено (%1): %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Покупатель: %1</translation>
    </message>
    <message>
        <source>Keep this receipt for returns. Thank you!</source>
        <translation>Сохраняйте чек для возврата. Спасибо!</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>Z-ОТЧЁТ № %1</translation>
    </message>
    <message>
        <source>X REPORT (shift still open)</source>
        <translation>X-ОТЧЁТ (смена не закрыта)</translation>
    </message>
    <message>
        <source>Shift opened %1 by %2</source>
        <translation>Смена открыта %1 (%2)</translation>
    </message>
    <message>
        <source>Receipts %1 to %2</source>
        <translation>Чеки № %1–%2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Продажи (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Возвраты (%1)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Размен</translation>
    </message>
    <message>
        <source>Cash sales net</source>
        <translation>Выручка наличными</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Drawer openings without sale</source>
        <translation>Открытия ящика без продажи</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Ожидается в ящике</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Излишек</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Недостача</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Difference accepted by %1: %2</source>
        <translation>Расхождение принято (%1): %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>before tax</comment>
        <translation>Без налога</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>sales minus returns</comment>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Баллы лояльности</translation>
    </message>
</context>
<context>
    <name>ok::ReturnController</name>
    <message>
        <source>Scan the receipt first</source>
        <translation>Сначала отсканируйте чек</translation>
    </message>
    <message>
        <source>Enter the weight in kg</source>
        <translation>Введите вес в кг</translation>
    </message>
    <message>
        <source>Enter how many</source>
        <translation>Введите количество</translation>
    </message>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Каталог товаров недоступен.</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Укажите причину возврата</translation>
    </message>
    <message>
        <source>Looking up %1 …</source>
        <translation>Поиск %1 …</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog</source>
        <translation>Кода %1 нет в каталоге</translation>
    </message>
    <message>
        <source>Enter the price paid, e.g. 4.99</source>
        <translation>Введите цену покупки, например 4,99</translation>
    </message>
    <message>
        <source>%1 is on the ticket as a return</source>
        <translation>%1: добавлено в чек как возврат</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3 by card</source>
        <translation>Чек %1 · %2 · оплачено картой %3</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · paid %3</source>
        <translation>Чек %1 · %2 · оплачено %3</translation>
    </message>
</context>
<context>
    <name>ok::ReturnSession</name>
    <message>
        <source>Scan the QR code on the receipt, or type its number</source>
        <translation>Отсканируйте QR-код на чеке или введите его номер</translation>
    </message>
    <message>
        <source>Looking up receipt %1-%2 at the central service ...</source>
        <translation>Поиск чека %1-%2 на центральном сервере ...</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till. Return it there, or as a return without receipt.</source>
        <translation>Чек %1-%2 выдан другой кассой. Оформите возврат на той кассе или как возврат без чека.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till</source>
        <translation>На этой кассе нет чека %1</translation>
    </message>
    <message>
        <source>Receipt %1 is a return; it cannot be returned again</source>
        <translation>Чек %1 — это возврат; его нельзя вернуть повторно</translation>
    </message>
    <message>
        <source>This ticket already returns lines of receipt %1: finish it first</source>
        <translation>В этом чеке уже есть возврат позиций чека %1: сначала завершите его</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was issued by another till and could not be looked up: %3. Try again, return it there, or as a return without receipt.</source>
        <translation>Чек %1-%2 выдан другой кассой, и найти его не удалось: %3. Повторите попытку, оформите возврат на той кассе или как возврат без чека.</translation>
    </message>
    <message>
        <source>The central service answered for another sale than receipt %1-%2</source>
        <translation>Центральный сервер вернул данные другой продажи, а не чека %1-%2</translation>
    </message>
    <message>
        <source>Receipt %1-%2 was paid in %3: it cannot be refunded in %4 here</source>
        <translation>Чек %1-%2 оплачен в валюте %3: вернуть деньги в валюте %4 здесь нельзя</translation>
    </message>
    <message>
        <source>Scan the receipt first</source>
        <translation>Сначала отсканируйте чек</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем добавлять возвраты</translation>
    </message>
    <message>
        <source>Nothing of this line is left to return</source>
        <translation>По этой позиции возвращать больше нечего</translation>
    </message>
    <message>
        <source>At most %1 can be returned</source>
        <translation>Можно вернуть не более %1</translation>
    </message>
    <message>
        <source>Give a reason for the return</source>
        <translation>Укажите причину возврата</translation>
    </message>
    <message>
        <source>Enter a quantity above zero and a price</source>
        <translation>Введите количество больше нуля и цену</translation>
    </message>
    <message>
        <source>That amount is not possible</source>
        <translation>Недопустимая сумма</translation>
    </message>
    <message>
        <source>no receipt: %1</source>
        <translation>без чека: %1</translation>
    </message>
</context>
<context>
    <name>ok::SaleCommitter</name>
    <message>
        <source>The basket is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>The sale could not be saved: %1. Nothing is lost: try again, or call a supervisor.</source>
        <translation>Не удалось сохранить продажу: %1. Ничего не потеряно: повторите попытку или позовите старшего кассира.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Денежный ящик не открылся: %1</translation>
    </message>
</context>
<context>
    <name>ok::ScanResolver</name>
    <message>
        <source>The product catalog is not available.</source>
        <translation>Каталог товаров недоступен.</translation>
    </message>
    <message>
        <source>Enter a weight above zero</source>
        <translation>Введите вес больше нуля</translation>
    </message>
    <message>
        <source>Code %1 is not in the catalog. Search the product by name, or set it aside for a supervisor.</source>
        <translation>Кода %1 нет в каталоге. Найдите товар по названию или отложите его для старшего кассира.</translation>
    </message>
</context>
<context>
    <name>ok::StaffAuth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите попытку через %1.</translation>
    </message>
    <message>
        <source>Unknown staff member or wrong PIN</source>
        <translation>Неизвестный сотрудник или неверный PIN-код</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>Неверный PIN-код. Слишком много попыток: повторите через %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a lock.</source>
        <translation>
            <numerusform>Неверный PIN-код. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not approve this either</source>
        <translation>%1 тоже не может это подтвердить</translation>
    </message>
    <message>
        <source>This terminal does not speak &quot;%1&quot;</source>
        <translation>Этот терминал не поддерживает язык «%1»</translation>
    </message>
</context>
<context>
    <name>ok::StaffSession</name>
    <message>
        <source>Sign in first</source>
        <translation>Сначала войдите в систему</translation>
    </message>
</context>
<context>
    <name>ok::StaffSessionController</name>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Старший кассир</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Директор магазина</translation>
    </message>
</context>
<context>
    <name>ok::StockActions</name>
    <message>
        <source>Choose a product first</source>
        <translation>Сначала выберите товар</translation>
    </message>
    <message>
        <source>Hold between 1 and %1 pieces</source>
        <translation>Забронировать можно от 1 до %1 шт.</translation>
    </message>
    <message>
        <source>Only %1 available here: hold fewer, or order it from another location</source>
        <translation>Здесь доступно только %1: забронируйте меньше или закажите товар из другого магазина либо со склада</translation>
    </message>
    <message>
        <source>Enter who the item is held for</source>
        <translation>Укажите, на чьё имя бронь</translation>
    </message>
    <message>
        <source>A hold lasts between 1 and %1 hours</source>
        <translation>Срок брони — от 1 до %1 ч</translation>
    </message>
    <message>
        <source>This hold has already ended</source>
        <translation>Эта бронь уже завершена</translation>
    </message>
    <message>
        <source>Choose another location to order from</source>
        <translation>Выберите, откуда заказать: другой магазин или склад</translation>
    </message>
    <message>
        <source>Order between 1 and %1 pieces</source>
        <translation>Заказать можно от 1 до %1 шт.</translation>
    </message>
    <message>
        <source>Only %1 available there</source>
        <translation>Там доступно только %1</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>Введите имя покупателя</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address so the customer hears when it arrives</source>
        <translation>Введите номер телефона или адрес e-mail, чтобы покупатель узнал о поступлении товара</translation>
    </message>
    <message>
        <source>The phone number is not valid</source>
        <translation>Неверный номер телефона</translation>
    </message>
    <message>
        <source>The e-mail address is not valid</source>
        <translation>Неверный адрес e-mail</translation>
    </message>
    <message>
        <source>Enter the delivery address</source>
        <translation>Введите адрес доставки</translation>
    </message>
    <message>
        <source>Enter the number of pieces counted</source>
        <translation>Введите подсчитанное количество</translation>
    </message>
    <message>
        <source>This store&apos;s stock of the product is not known yet: wait for the stock to sync, then count</source>
        <translation>Остаток этого товара в магазине пока неизвестен: дождитесь синхронизации остатков, затем пересчитайте</translation>
    </message>
</context>
<context>
    <name>ok::StockDeskController</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Пересчёт</translation>
    </message>
    <message>
        <source>Collect here</source>
        <translation>Выдача здесь</translation>
    </message>
    <message>
        <source>Web return</source>
        <translation>Возврат интернет-заказа</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Бронь</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрошено</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>arrived: a click-and-collect order</source>
        <translation>прибыло: заказ на самовывоз</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Held %1 × %2 for %3 until %4</source>
        <translation>Забронировано: %1 × %2 на имя %3 до %4</translation>
    </message>
    <message>
        <source>Hold ended: sold</source>
        <translation>Бронь закрыта: товар продан</translation>
    </message>
    <message>
        <source>Hold cancelled: the item is available again</source>
        <translation>Бронь снята: товар снова доступен</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to the customer&apos;s home</source>
        <translation>Заказано: %1 × %2 из %3 на дом покупателю</translation>
    </message>
    <message>
        <source>Ordered %1 × %2 from %3 to this store: it becomes a click-and-collect order when it arrives</source>
        <translation>Заказано: %1 × %2 из %3 в этот магазин; по прибытии товар станет заказом на самовывоз</translation>
    </message>
    <message>
        <source>Count of %1 sent: %2. If the stock changed since it was shown, the central service refuses it and you count again.</source>
        <translation>Пересчёт товара %1 отправлен: %2. Если остаток изменился после того, как он был показан, центральный сервер отклонит пересчёт, и товар нужно будет пересчитать снова.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>from %1 to the customer&apos;s home</source>
        <translation>из %1 на дом покупателю</translation>
    </message>
    <message>
        <source>from %1 to this store</source>
        <translation>из %1 в этот магазин</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>подсчитано %1</translation>
    </message>
</context>
<context>
    <name>ok::StockLevelsModel</name>
    <message>
        <source>Live from the central service at %1.</source>
        <translation>Актуальные данные центрального сервера на %1.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system.</source>
        <translation>Наличие по последним данным центрального сервера.</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago; asking for live levels…</source>
        <translation>Наличие по данным центрального сервера, полученным %1 назад; запрашиваем актуальные данные…</translation>
    </message>
    <message>
        <source>Stock as last received from the central system %1 ago (not live).</source>
        <translation>Наличие по данным центрального сервера, полученным %1 назад (не в реальном времени).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>давность неизвестна</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>The web shop can sell %1 (%2)</source>
        <translation>Интернет-магазин может продать: %1 (%2)</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Центральный сервер не ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>ok::SyncStatusModel</name>
    <message>
        <source>The ledger is not open: nothing was changed.</source>
        <translation>Журнал операций не открыт: ничего не изменено.</translation>
    </message>
    <message>
        <source>No such refused event.</source>
        <translation>Такого отклонённого события нет.</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager may send a refused event again: nothing was changed.</source>
        <translation>Повторно отправить отклонённое событие может только старший кассир или директор магазина: ничего не изменено.</translation>
    </message>
    <message>
        <source>Sign in to send a refused event again.</source>
        <translation>Войдите, чтобы повторно отправить отклонённое событие.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer refused: it was already sent again.</source>
        <translation>%1, %2: событие уже отправлено повторно и больше не числится отклонённым.</translation>
    </message>
    <message>
        <source>The retry was not saved: %1</source>
        <translation>Повторная отправка не сохранена: %1</translation>
    </message>
    <message>
        <source>%1 %2 will be sent again.</source>
        <translation>%1, %2: событие будет отправлено повторно.</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>чек %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Voided sale</source>
        <translation>Отменённая продажа</translation>
    </message>
    <message>
        <source>Cash movement</source>
        <translation>Движение наличных</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Закрытие смены</translation>
    </message>
    <message>
        <source>Order handed over</source>
        <translation>Выдача заказа</translation>
    </message>
    <message>
        <source>Locker loaded</source>
        <translation>Закладка в постамат</translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation>Истёк срок хранения заказа</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Резервирование</translation>
    </message>
    <message>
        <source>Sync with the central service is switched off: this terminal works from its local cache.</source>
        <translation>Синхронизация с центральным сервером отключена: терминал работает с локальным кэшем.</translation>
    </message>
    <message>
        <source>Connecting to the central service…</source>
        <translation>Подключение к центральному серверу…</translation>
    </message>
    <message>
        <source>Not enrolled with the central service: ask for an enrolment code.</source>
        <translation>Терминал не зарегистрирован на центральном сервере: запросите код регистрации.</translation>
    </message>
    <message>
        <source>Online: connected to the central service.</source>
        <translation>В сети: есть подключение к центральному серверу.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; events are sent when the central service is back.</source>
        <translation>Нет связи: работа продолжается с локальным кэшем; события будут отправлены, когда центральный сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Within a minute of the central service</source>
        <translation>Расхождение с центральным сервером меньше минуты</translation>
    </message>
    <message>
        <source>%1 behind the central service</source>
        <translation>Отстают от центрального сервера на %1</translation>
    </message>
    <message>
        <source>%1 ahead of the central service</source>
        <translation>Спешат относительно центрального сервера на %1</translation>
    </message>
</context>
<context>
    <name>ok::SyncStreamsModel</name>
    <message>
        <source>Tax classes and locations</source>
        <translation>Налоговые категории и локации</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Click-and-collect orders</source>
        <translation>Заказы на самовывоз</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <source>Sales and other events</source>
        <translation>Продажи и другие события</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Нет событий в очереди на отправку.</translation>
    </message>
    <message>
        <source>Waiting: %L1, the oldest for %2.</source>
        <translation>В очереди: %L1, самое старое ждёт %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows received: %L1</source>
        <translation>Получено строк: %L1</translation>
    </message>
</context>
<context>
    <name>ok::TenderController</name>
    <message>
        <source>waiting for the terminal</source>
        <translation>ожидание терминала</translation>
    </message>
    <message>
        <source>unknown: check the terminal</source>
        <translation>неизвестно: проверьте терминал</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Enter the cash handed over, e.g. 50 or 20.50</source>
        <translation>Введите полученную сумму наличными, например 50 или 20,50</translation>
    </message>
    <message>
        <source>Enter the card amount, or leave it empty for the whole amount</source>
        <translation>Введите сумму оплаты картой или оставьте поле пустым, чтобы оплатить всю сумму</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Баллы лояльности</translation>
    </message>
</context>
<context>
    <name>ok::TenderSession</name>
    <message>
        <source>No card terminal is configured</source>
        <translation>Платёжный терминал не настроен</translation>
    </message>
    <message>
        <source>Open a shift (count the float into the drawer) before taking payment</source>
        <translation>Прежде чем принимать оплату, откройте смену (пересчитайте размен в денежном ящике)</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>Enter the cash handed over</source>
        <translation>Введите полученную сумму наличными</translation>
    </message>
    <message>
        <source>The original sale was not paid by card: refund in cash</source>
        <translation>Исходная продажа оплачена не картой: верните деньги наличными</translation>
    </message>
    <message>
        <source>Enter an amount up to %1</source>
        <translation>Введите сумму не больше %1</translation>
    </message>
    <message>
        <source>Refund to card: %1</source>
        <translation>Возврат на карту: %1</translation>
    </message>
    <message>
        <source>Card payment: %1</source>
        <translation>Оплата картой: %1</translation>
    </message>
    <message>
        <source>Asking the card terminal…</source>
        <translation>Запрос к платёжному терминалу…</translation>
    </message>
    <message>
        <source>No card payment needs checking</source>
        <translation>Нет оплат картой, требующих проверки</translation>
    </message>
    <message>
        <source>auth %1</source>
        <translation>код авторизации %1</translation>
    </message>
    <message>
        <source>Paying with points needs the central service, and this terminal has none</source>
        <translation>Для оплаты баллами нужен центральный сервер, а на этом терминале он не настроен</translation>
    </message>
    <message>
        <source>Identify the customer by their loyalty card first</source>
        <translation>Сначала определите покупателя по карте лояльности</translation>
    </message>
    <message>
        <source>Points pay for a sale, not a refund</source>
        <translation>Баллами можно оплатить продажу, но не возврат</translation>
    </message>
    <message>
        <source>Enter between 1 and %1 points</source>
        <translation>Введите количество баллов от 1 до %1</translation>
    </message>
    <message>
        <source>Asking the central service for %1 points…</source>
        <translation>Запрос к центральному серверу на списание баллов: %1…</translation>
    </message>
    <message>
        <source>Paid with %1 points. The customer has %2 points left.</source>
        <translation>Оплачено баллами: %1. Остаток баллов у покупателя: %2.</translation>
    </message>
</context>
<context>
    <name>ok::TerminalInfo</name>
    <message>
        <source>Working from the local cache; sync with the central service is switched off ([central] enabled = false).</source>
        <translation>Работа с локальным кэшем; синхронизация с центральным сервером отключена ([central] enabled = false).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Подключено к серверу %1.</translation>
    </message>
    <message>
        <source>Offline: selling continues from the local cache; sales are sent when the central service is back.</source>
        <translation>Нет связи: работа продолжается с локальным кэшем; продажи будут отправлены, когда центральный сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>Last update %1.</source>
        <translation>Последнее обновление: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent, the oldest for %1 min.</source>
        <translation>
            <numerusform>%n событие в очереди на отправку, самое старое ждёт %1 мин.</numerusform>
            <numerusform>%n события в очереди на отправку, самое старое ждёт %1 мин.</numerusform>
            <numerusform>%n событий в очереди на отправку, самое старое ждёт %1 мин.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the central service: see the staff screen.</source>
        <translation>
            <numerusform>%n событие отклонено центральным сервером: см. экран персонала.</numerusform>
            <numerusform>%n события отклонены центральным сервером: см. экран персонала.</numerusform>
            <numerusform>%n событий отклонено центральным сервером: см. экран персонала.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 min off the central service&apos;s.</source>
        <translation>Расхождение часов этого терминала с центральным сервером: %1 мин.</translation>
    </message>
</context>
<context>
    <name>ok::Ticket</name>
    <message>
        <source>A card payment is not settled yet: wait for it or check it on the terminal</source>
        <translation>Оплата картой ещё не завершена: дождитесь её или проверьте на терминале</translation>
    </message>
    <message>
        <source>No such line</source>
        <translation>Такой позиции нет</translation>
    </message>
    <message>
        <source>The basket could not be saved: %1</source>
        <translation>Не удалось сохранить корзину: %1</translation>
    </message>
    <message>
        <source>A card payment was in progress when the till stopped. Check it with the terminal before going on.</source>
        <translation>Когда касса остановилась, выполнялась оплата картой. Прежде чем продолжить, проверьте её на терминале.</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding items</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем добавлять товары</translation>
    </message>
    <message>
        <source>%1 has no price in this store. A supervisor can enter one (price override).</source>
        <translation>%1: у товара нет цены в этом магазине. Старший кассир может ввести её (изменение цены).</translation>
    </message>
    <message>
        <source>%1 is priced in %2, not %3</source>
        <translation>%1: цена указана в %2, а не в %3</translation>
    </message>
    <message>
        <source>%1 is sold by weight: scan its scale label or enter the weight</source>
        <translation>%1: товар весовой — отсканируйте этикетку весов или введите вес</translation>
    </message>
    <message>
        <source>%1 is sold by the piece</source>
        <translation>%1: товар продаётся поштучно</translation>
    </message>
    <message>
        <source>%1 cannot be added with this quantity or price</source>
        <translation>%1: нельзя добавить с таким количеством или ценой</translation>
    </message>
    <message>
        <source>price label</source>
        <translation>этикетка с ценой</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing items</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем изменять позиции</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Введите количество больше нуля или сторнируйте позицию</translation>
    </message>
    <message>
        <source>That quantity is not possible</source>
        <translation>Недопустимое количество</translation>
    </message>
    <message>
        <source>Give a reason for the discount</source>
        <translation>Укажите причину скидки</translation>
    </message>
    <message>
        <source>A discount is 0 to 100 percent, or an amount of at least zero</source>
        <translation>Скидка — от 0 до 100 процентов или сумма не меньше нуля</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Скидка: %1</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing the discount</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем менять скидку</translation>
    </message>
    <message>
        <source>Give a reason for the price change</source>
        <translation>Укажите причину изменения цены</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing prices</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем менять цены</translation>
    </message>
    <message>
        <source>That price is not possible</source>
        <translation>Недопустимая цена</translation>
    </message>
    <message>
        <source>Price %1 → %2: %3</source>
        <translation>Цена %1 → %2: %3</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before voiding lines</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем сторнировать позиции</translation>
    </message>
    <message>
        <source>A card payment was taken: finish the sale, then return it to the card</source>
        <translation>Оплата картой уже проведена: завершите продажу, затем оформите возврат на карту</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before parking</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем откладывать чек</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n позиция, %1</numerusform>
            <numerusform>%n позиции, %1</numerusform>
            <numerusform>%n позиций, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or park the current basket first</source>
        <translation>Сначала завершите или отложите текущий чек</translation>
    </message>
    <message>
        <source>That parked basket is gone (resumed on another screen?)</source>
        <translation>Этот отложенный чек уже недоступен (возвращён на другом экране?)</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before adding returns</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем добавлять возвраты</translation>
    </message>
    <message>
        <source>Payment has started: finish or cancel it before changing returns</source>
        <translation>Оплата уже начата: завершите или отмените её, прежде чем изменять возвраты</translation>
    </message>
    <message>
        <source>No card payment %1 is open</source>
        <translation>Нет незавершённой оплаты картой %1</translation>
    </message>
    <message>
        <source>Points were paid with: finish the sale, then return it</source>
        <translation>Уже проведена оплата баллами: завершите продажу, затем оформите возврат</translation>
    </message>
    <message>
        <source>Promotion: %1</source>
        <translation>Акция: %1</translation>
    </message>
</context>
<context>
    <name>ok::TicketController</name>
    <message>
        <source>Receipt %1 · change %2</source>
        <translation>Чек %1 · сдача %2</translation>
    </message>
    <message>
        <source>Receipt %1 done</source>
        <translation>Чек %1 закрыт</translation>
    </message>
    <message>
        <source>Enter the weight in kg, e.g. 0.750</source>
        <translation>Введите вес в кг, например 0,750</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or void the line</source>
        <translation>Введите количество больше нуля или сторнируйте позицию</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100</source>
        <translation>Введите процент от 0 до 100</translation>
    </message>
    <message>
        <source>Enter a price, e.g. 4.99</source>
        <translation>Введите цену, например 4,99</translation>
    </message>
</context>
<context>
    <name>ok::dev</name>
    <message>
        <source>[device.%1] %2: &quot;%3&quot; %4</source>
        <translation>[device.%1] %2: «%3» — %4</translation>
    </message>
    <message>
        <source>must be 2 or 5</source>
        <translation>допустимо только 2 или 5</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 2 to 510</source>
        <translation>нужно целое число миллисекунд от 2 до 510</translation>
    </message>
    <message>
        <source>must be high or low</source>
        <translation>допустимо только high или low</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400</source>
        <translation>нужно целое число секунд от 1 до 86400</translation>
    </message>
    <message>
        <source>driver evdev-scanner reads an input device: set transport = evdev (not %1)</source>
        <translation>драйвер evdev-scanner читает устройство ввода: укажите transport = evdev (а не %1)</translation>
    </message>
    <message>
        <source>no driver &quot;%1&quot; for role %2 in this build (known: %3)</source>
        <translation>в этой сборке нет драйвера «%1» для роли %2 (известные: %3)</translation>
    </message>
    <message>
        <source>transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)</source>
        <translation>transport evdev предназначен для сканеров в режиме эмуляции клавиатуры (role = scanner, driver = evdev-scanner)</translation>
    </message>
</context>
<context>
    <name>ok::dev::Device</name>
    <message>
        <source>%1 is connected again</source>
        <translation>%1: подключение восстановлено</translation>
    </message>
    <message>
        <source>%1 is disconnected; reconnecting</source>
        <translation>%1: соединение потеряно, переподключение</translation>
    </message>
    <message>
        <source>%1 must be opened before it is claimed</source>
        <translation>%1: перед захватом устройство нужно открыть</translation>
    </message>
    <message>
        <source>%1 must be claimed before it is enabled</source>
        <translation>%1: перед включением устройство нужно захватить</translation>
    </message>
    <message>
        <source>%1 cannot be reached: check its cable and power</source>
        <translation>%1: нет связи — проверьте кабель и питание</translation>
    </message>
    <message>
        <source>%1: closed (%2)</source>
        <translation>%1: закрыто (%2)</translation>
    </message>
    <message>
        <source>%1: open, not claimed (%2)</source>
        <translation>%1: открыто, не захвачено (%2)</translation>
    </message>
    <message>
        <source>%1: offline (%2): %3</source>
        <translation>%1: не в сети (%2): %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>%1: online%2, %3 jobs, %4 failures (%5)</source>
        <translation>%1: в сети%2, заданий: %3, сбоев: %4 (%5)</translation>
    </message>
    <message>
        <source>, busy</source>
        <translation>, занято</translation>
    </message>
</context>
<context>
    <name>ok::escpos::EscPosPrinter</name>
    <message>
        <source>The printer did not confirm the receipt: check it and reprint if needed</source>
        <translation>Принтер не подтвердил печать чека: проверьте его и при необходимости напечатайте чек повторно</translation>
    </message>
    <message>
        <source>The cash drawer has been left open</source>
        <translation>Денежный ящик оставлен открытым</translation>
    </message>
    <message>
        <source>The printer is not connected: check its cable and power.</source>
        <translation>Принтер не подключён: проверьте кабель и питание.</translation>
    </message>
    <message>
        <source>The printer was disconnected while printing: the receipt will be printed again when it is back</source>
        <translation>Принтер отключился во время печати: чек будет напечатан заново, когда принтер снова подключится</translation>
    </message>
    <message>
        <source>The printer is still printing the previous receipt</source>
        <translation>Принтер ещё печатает предыдущий чек</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>Принтер не подключён</translation>
    </message>
    <message>
        <source>The drawer cannot be opened: the printer it hangs on is not connected</source>
        <translation>Денежный ящик нельзя открыть: принтер, к которому он подключён, недоступен</translation>
    </message>
</context>
<context>
    <name>ok::launcher</name>
    <message>
        <source>No devices configured in %1</source>
        <translation>В %1 не настроено ни одного устройства</translation>
    </message>
    <message>
        <source>This terminal cannot start</source>
        <translation>Этот терминал не может запуститься</translation>
    </message>
    <message>
        <source>No sale can be made on this terminal until an engineer fixes this. Nothing was deleted or changed. Engineers: docs/operations.md, &quot;When the terminal does not start&quot;; then restart the service (systemctl restart omnikiosk).</source>
        <translation>На этом терминале нельзя проводить продажи, пока инженер не устранит проблему. Ничего не удалено и не изменено. Инженерам: docs/operations.md, «When the terminal does not start»; затем перезапустите службу (systemctl restart omnikiosk).</translation>
    </message>
</context>
<context>
    <name>ok::locker::LockerBus</name>
    <message>
        <source>board %1 lock %2</source>
        <translation>с замком %2 на плате %1</translation>
    </message>
    <message>
        <source>Board %1 is not configured on %2</source>
        <translation>Плата %1 не настроена на устройстве %2</translation>
    </message>
    <message>
        <source>Lock %1 does not exist: the boards of %2 have locks 1 to %3</source>
        <translation>Замка %1 не существует: на платах устройства %2 замки с 1 по %3</translation>
    </message>
    <message>
        <source>%1 is not enabled: no door was opened</source>
        <translation>%1: устройство не включено, дверца не открыта</translation>
    </message>
    <message>
        <source>%1 is not connected: no door was opened</source>
        <translation>%1: нет подключения, дверца не открыта</translation>
    </message>
    <message>
        <source>Door %1 is being opened already</source>
        <translation>Дверца %1 уже открывается</translation>
    </message>
    <message>
        <source>Compartment %1 is not configured on %2</source>
        <translation>Ячейка %1 не настроена на устройстве %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1: нет подключения</translation>
    </message>
    <message>
        <source>; %1 boards (%2)</source>
        <translation>; плат: %1 (%2)</translation>
    </message>
    <message>
        <source>, not answering: board %1</source>
        <translation>, не отвечает: плата %1</translation>
    </message>
    <message>
        <source>, %1 bad frames, %2 noise bytes</source>
        <translation>, битых кадров: %1, байтов шума: %2</translation>
    </message>
    <message>
        <source>Door %1 was opened without an unlock: check the locker</source>
        <translation>Дверца %1 открыта без команды на разблокировку: проверьте постамат</translation>
    </message>
    <message>
        <source>Door %1 has been open for %2 s: please close it</source>
        <translation>Дверца %1 открыта уже %2 с: пожалуйста, закройте её</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 answers again</source>
        <translation>Плата постамата %1 на устройстве %2 снова отвечает</translation>
    </message>
    <message>
        <source>Locker board %1 on %2 does not answer: check its power, address and the RS-485 cable</source>
        <translation>Плата постамата %1 на устройстве %2 не отвечает: проверьте её питание, адрес и кабель RS-485</translation>
    </message>
    <message>
        <source>Locker board %1 did not answer within %2 ms</source>
        <translation>Плата постамата %1 не ответила за %2 мс</translation>
    </message>
    <message>
        <source>Locker board %1 answers, but not to the item-sensor query: set item_sensors = no if it has none</source>
        <translation>Плата постамата %1 отвечает, но не на запрос датчиков наличия: задайте item_sensors = no, если датчиков нет</translation>
    </message>
    <message>
        <source>Door %1 was not opened: the locker is not connected</source>
        <translation>Дверца %1 не открыта: постамат не подключён</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker connection was lost. Check the locker.</source>
        <translation>Неизвестно, открылась ли дверца %1: связь с постаматом потеряна. Проверьте постамат.</translation>
    </message>
    <message>
        <source>Door %1 opened</source>
        <translation>Дверца %1 открыта</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: the locker stopped answering. Check the locker.</source>
        <translation>Неизвестно, открылась ли дверца %1: постамат перестал отвечать. Проверьте постамат.</translation>
    </message>
    <message>
        <source>Door %1 did not open: it may be jammed or blocked. Check the locker.</source>
        <translation>Дверца %1 не открылась: возможно, её заклинило или что-то мешает. Проверьте постамат.</translation>
    </message>
    <message>
        <source>Unknown whether door %1 opened: locker board %2 does not answer. Check the locker.</source>
        <translation>Неизвестно, открылась ли дверца %1: плата постамата %2 не отвечает. Проверьте постамат.</translation>
    </message>
    <message>
        <source>Door %1 did not open: the board did not confirm the unlock and the door stays shut. Check the locker.</source>
        <translation>Дверца %1 не открылась: плата не подтвердила разблокировку, и дверца остаётся закрытой. Проверьте постамат.</translation>
    </message>
</context>
<context>
    <name>ok::payment::JsonPaymentTerminal</name>
    <message>
        <source>The card terminal is still busy with the previous transaction</source>
        <translation>Платёжный терминал ещё занят предыдущей операцией</translation>
    </message>
    <message>
        <source>The card terminal is not connected: take another tender or try again</source>
        <translation>Платёжный терминал не подключён: выберите другой способ оплаты или повторите попытку</translation>
    </message>
    <message>
        <source>Invalid card transaction request</source>
        <translation>Недопустимый запрос операции по карте</translation>
    </message>
    <message>
        <source>The card terminal is not connected: it cannot be asked yet</source>
        <translation>Платёжный терминал не подключён: отправить ему запрос пока нельзя</translation>
    </message>
    <message>
        <source>The card terminal sent a message that is not understood</source>
        <translation>Платёжный терминал прислал непонятное сообщение</translation>
    </message>
    <message>
        <source>The card terminal sent an oversized message</source>
        <translation>Платёжный терминал прислал слишком большое сообщение</translation>
    </message>
    <message>
        <source>The card terminal gave an unknown answer: check its last transaction before taking payment again</source>
        <translation>Платёжный терминал вернул неизвестный ответ: проверьте последнюю операцию на нём, прежде чем снова принимать оплату</translation>
    </message>
    <message>
        <source>The card terminal did not answer. Check on the terminal whether the payment went through before taking payment again.</source>
        <translation>Платёжный терминал не ответил. Прежде чем снова принимать оплату, проверьте на терминале, прошёл ли платёж.</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Оплата картой одобрена</translation>
    </message>
    <message>
        <source>Card declined: ask for another card or another tender</source>
        <translation>Карта отклонена: попросите другую карту или другой способ оплаты</translation>
    </message>
    <message>
        <source>Card payment cancelled; nothing was charged</source>
        <translation>Оплата картой отменена; деньги не списаны</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevReader</name>
    <message>
        <source>cannot open the scanner %1: %2%3</source>
        <translation>не удаётся открыть сканер %1: %2%3</translation>
    </message>
    <message>
        <source> (is the kiosk user in the input group? see the udev rules in packaging/)</source>
        <translation> (входит ли пользователь kiosk в группу input? см. правила udev в packaging/)</translation>
    </message>
    <message>
        <source>cannot take the scanner exclusively (EVIOCGRAB: %1)%2; scans also reach the desktop as typing</source>
        <translation>не удаётся захватить сканер монопольно (EVIOCGRAB: %1)%2; сканы также попадают на рабочий стол как ввод с клавиатуры</translation>
    </message>
    <message>
        <source>: another program holds it</source>
        <translation>: его занимает другая программа</translation>
    </message>
    <message>
        <source>reading the scanner failed: %1</source>
        <translation>ошибка чтения сканера: %1</translation>
    </message>
    <message>
        <source>the scanner&apos;s event stream ended inside a record (%1 of %2 bytes)</source>
        <translation>поток событий сканера оборвался посреди записи (%1 из %2 байт)</translation>
    </message>
    <message>
        <source>the scanner went away in the middle of a scan; the scan was discarded</source>
        <translation>сканер отключился посреди сканирования; скан отброшен</translation>
    </message>
</context>
<context>
    <name>ok::scanner::EvdevScanner</name>
    <message>
        <source>%1 cannot be taken exclusively: its scans also arrive as typing. Close the program that holds it (%2)</source>
        <translation>%1: не удаётся захватить монопольно — сканы также поступают как ввод с клавиатуры. Закройте программу, которая его занимает (%2)</translation>
    </message>
    <message>
        <source>The scanner went away in the middle of a scan; the scan was discarded: scan again</source>
        <translation>Сканер отключился посреди сканирования; скан отброшен: отсканируйте ещё раз</translation>
    </message>
    <message>
        <source>not exclusive: scans also arrive as typing</source>
        <translation>не монопольно: сканы также поступают как ввод с клавиатуры</translation>
    </message>
</context>
<context>
    <name>ok::scanner::KeyboardDecoder</name>
    <message>
        <source>more than %1 characters without Enter: the scanner&apos;s suffix is probably not Enter</source>
        <translation>больше %1 симв. без Enter: вероятно, суффикс сканера — не Enter</translation>
    </message>
    <message>
        <source>the kernel dropped key events during a scan (SYN_DROPPED); the scan was discarded, scan again</source>
        <translation>ядро потеряло события клавиатуры во время сканирования (SYN_DROPPED); скан отброшен, отсканируйте ещё раз</translation>
    </message>
    <message>
        <source>Alt+keypad code %1 is not a byte (1-255)</source>
        <translation>код Alt+цифровая клавиатура %1 не является байтом (1-255)</translation>
    </message>
    <message>
        <source>%1 characters arrived without the final Enter and the scanner then paused; that scan was discarded</source>
        <translation>получено %1 симв. без завершающего Enter, затем сканер сделал паузу; этот скан отброшен</translation>
    </message>
    <message>
        <source>key code %1 with Alt held is not part of an Alt+keypad code</source>
        <translation>код клавиши %1 при нажатой Alt не входит в код Alt+цифровая клавиатура</translation>
    </message>
    <message>
        <source>key code %1 has no character in the US keymap; the scan was discarded (check the scanner&apos;s keyboard country setting: use USA)</source>
        <translation>у кода клавиши %1 нет символа в раскладке US; скан отброшен (проверьте в сканере настройку страны клавиатуры: выберите USA)</translation>
    </message>
    <message>
        <source>Ctrl+%1 types no ASCII control character</source>
        <translation>Ctrl+%1 не даёт управляющего символа ASCII</translation>
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
        <translation>GTIN вложенных товаров</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>дата производства</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок оплаты</translation>
    </message>
    <message>
        <source>packaging date</source>
        <translation>дата упаковки</translation>
    </message>
    <message>
        <source>best-before date</source>
        <translation>дата «употребить до»</translation>
    </message>
    <message>
        <source>sell-by date</source>
        <translation>дата «продать до»</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>срок годности</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>net weight</source>
        <translation>вес нетто</translation>
    </message>
    <message>
        <source>net weight (lb)</source>
        <translation>вес нетто (фунты)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>price with currency</source>
        <translation>цена с валютой</translation>
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
        <translation>байт 0x%1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>месяц %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>день %1</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date (%3)</source>
        <translation>%1: дата %2 недопустима (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the key must be digits</source>
        <translation>%1 «%2»: ключ должен состоять из цифр</translation>
    </message>
    <message>
        <source>%1 %2: check digit wrong (expected %3, got %4)</source>
        <translation>%1 %2: неверная контрольная цифра (ожидалась %3, получена %4)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code</source>
        <translation>%1 — не код страны ISO 3166</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (nor 999)</source>
        <translation>%1 — не код страны ISO 3166 (и не 999)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 two-letter country code</source>
        <translation>«%1» — не двухбуквенный код страны ISO 3166</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1 «%2»: %3; это недопустимый код GS1 (ошибка в этикетке, повторное сканирование не поможет)</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got none</source>
        <translation>AI %1 фиксированной длины обрезан: нужно %2 симв., не получено ни одного</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: пустое значение</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>допускаются только цифры</translation>
    </message>
    <message>
        <source>it is not a GS1 data character</source>
        <translation>это недопустимый символ данных GS1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 at position %4: %5</source>
        <translation>%1 «%2»: %3 в позиции %4: %5</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>AI %1 фиксированной длины обрезан: нужно %2 симв., получено %3 («%4»)</translation>
    </message>
    <message>
        <source>%1 too short: needs at least %2 characters, got %3 (&quot;%4&quot;)</source>
        <translation>%1: слишком коротко — нужно не менее %2 симв., получено %3 («%4»)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed (&quot;%4&quot;)</source>
        <translation>%1: длина %2 симв., допускается не более %3 («%4»)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is cut short: it ends inside a part of %3 characters (&quot;%4&quot;)</source>
        <translation>%1 «%2» обрывается: данные заканчиваются внутри части длиной %3 симв. («%4»)</translation>
    </message>
    <message>
        <source>%1 field swallowed the %2: GS separator missing after &quot;%3&quot; (AI %4 read as &quot;%5&quot;); set the scanner to transmit GS, or configure gs_replacement</source>
        <translation>поле «%1» поглотило следующий элемент — %2: после «%3» нет разделителя GS (AI %4 прочитан как «%5»); настройте сканер на передачу GS или задайте gs_replacement</translation>
    </message>
    <message>
        <source>the GS1 scan holds no element strings</source>
        <translation>в скане GS1 нет ни одного элемента</translation>
    </message>
    <message>
        <source>two GS separators in a row at position %1</source>
        <translation>два разделителя GS подряд в позиции %1</translation>
    </message>
    <message>
        <source>expected an Application Identifier at position %1, found %2</source>
        <translation>в позиции %1 ожидался идентификатор применения (AI), найдено: %2</translation>
    </message>
    <message>
        <source>unknown AI %1 at position %2: no GS1 Application Identifier starts with %1</source>
        <translation>неизвестный AI %1 в позиции %2: ни один идентификатор применения GS1 не начинается с %1</translation>
    </message>
    <message>
        <source>incomplete Application Identifier &quot;%1&quot; at position %2: the scan is cut short</source>
        <translation>неполный идентификатор применения «%1» в позиции %2: скан обрывается</translation>
    </message>
    <message>
        <source>fixed-length AI %1 truncated: needs %2 characters, got %3 (&quot;%4&quot;)%5</source>
        <translation>AI %1 фиксированной длины обрезан: нужно %2 симв., получено %3 («%4»)%5</translation>
    </message>
    <message>
        <source> before a GS</source>
        <translation> перед GS</translation>
    </message>
    <message>
        <source>the built-in GS1 rules cannot be read, so no GS1 code can be checked (%1); reinstall the program</source>
        <translation>не удаётся прочитать встроенные правила GS1, поэтому коды GS1 не проверяются (%1); переустановите программу</translation>
    </message>
    <message>
        <source>one of %1 or %2</source>
        <translation>одно из: %1 или %2</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other; this is not a valid GS1 code</source>
        <translation>%1 и %2 несовместимы; это недопустимый код GS1</translation>
    </message>
    <message>
        <source> with </source>
        <translation> и </translation>
    </message>
    <message>
        <source>%1 needs %2 in the same code, and the code has none; this is not a valid GS1 code (the label is wrong, rescanning will not help)</source>
        <translation>%1: в том же коде должно быть также %2, но этого нет; это недопустимый код GS1 (ошибка в этикетке, повторное сканирование не поможет)</translation>
    </message>
    <message>
        <source>unknown AI %1</source>
        <translation>неизвестный AI %1</translation>
    </message>
    <message>
        <source>%1 appears twice with different data (&quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>%1 встречается дважды с разными данными («%2» и «%3»)</translation>
    </message>
    <message>
        <source>the scan has two %1 element strings (AI %2 and AI %3)</source>
        <translation>в скане два элемента «%1» (AI %2 и AI %3)</translation>
    </message>
    <message>
        <source>%1: date %2 is not a valid date</source>
        <translation>%1: дата %2 недопустима</translation>
    </message>
    <message>
        <source>%1 %2 has %3 decimals of a kilogram, finer than a gram; the till weighs in whole grams</source>
        <translation>%1 %2: знаков после запятой в килограммах — %3, это точнее грамма; касса взвешивает в целых граммах</translation>
    </message>
    <message>
        <source>GS1 Digital Link: %1</source>
        <translation>GS1 Digital Link: %1</translation>
    </message>
    <message>
        <source>GS1 Digital Link: bad percent-encoding in the value of AI %1 (&quot;%2&quot;)</source>
        <translation>GS1 Digital Link: ошибка процентного кодирования в значении AI %1 («%2»)</translation>
    </message>
    <message>
        <source>&quot;/%1/&quot; is not allowed at this place in the path after /%2/ (allowed: /22/, /10/, /21/ in this order)</source>
        <translation>«/%1/» не допускается в этом месте пути после /%2/ (допустимы /22/, /10/, /21/ в этом порядке)</translation>
    </message>
    <message>
        <source>%1 scan contains byte %2 at position %3; only digits are allowed (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>скан %1 содержит байт %2 в позиции %3; допускаются только цифры (проверьте настройки интерфейса и клавиатуры сканера)</translation>
    </message>
    <message>
        <source>%1 %2 contains &apos;%3&apos; at position %4; only digits are allowed</source>
        <translation>%1 %2 содержит «%3» в позиции %4; допускаются только цифры</translation>
    </message>
    <message>
        <source>empty scan: the scanner sent no data</source>
        <translation>пустой скан: сканер не передал данных</translation>
    </message>
    <message>
        <source>the scan does not start with the configured prefix &quot;%1&quot; (it starts with &quot;%2&quot;): check the scanner&apos;s prefix setting or the device&apos;s prefix key</source>
        <translation>скан не начинается с заданного префикса «%1» (он начинается с «%2»): проверьте настройку префикса в сканере или ключ prefix устройства</translation>
    </message>
    <message>
        <source>the scan does not end with the configured suffix &quot;%1&quot; (it ends with &quot;%2&quot;): check the scanner&apos;s suffix setting or the device&apos;s suffix key</source>
        <translation>скан не заканчивается заданным суффиксом «%1» (он заканчивается на «%2»): проверьте настройку суффикса в сканере или ключ suffix устройства</translation>
    </message>
    <message>
        <source>empty scan: nothing between the configured prefix and suffix</source>
        <translation>пустой скан: между заданными префиксом и суффиксом ничего нет</translation>
    </message>
    <message>
        <source>the scan has no AIM symbology identifier (&quot;]Xm&quot;) although aim = true: enable AIM identifiers in the scanner, or set aim = false</source>
        <translation>в скане нет идентификатора символики AIM («]Xm»), хотя aim = true: включите идентификаторы AIM в сканере или задайте aim = false</translation>
    </message>
    <message>
        <source>empty scan: AIM identifier %1 and no data</source>
        <translation>пустой скан: идентификатор AIM %1 без данных</translation>
    </message>
    <message>
        <source>the scan starts with the AIM identifier %1 but aim = false: set aim = true for this scanner</source>
        <translation>скан начинается с идентификатора AIM %1, но aim = false: задайте aim = true для этого сканера</translation>
    </message>
    <message>
        <source>EAN with add-on has %1 digits; expected 13 + 2 or 13 + 5</source>
        <translation>EAN с доп. кодом: цифр — %1, ожидалось 13 + 2 или 13 + 5</translation>
    </message>
    <message>
        <source>UPC-E %1 must start with number system 0 or 1</source>
        <translation>UPC-E %1 должен начинаться с системы нумерации 0 или 1</translation>
    </message>
    <message>
        <source>EAN/UPC scan has %1 digits; expected 13 (EAN-13), 12 (UPC-A) or 8 (UPC-E)</source>
        <translation>EAN/UPC: цифр в скане — %1, ожидалось 13 (EAN-13), 12 (UPC-A) или 8 (UPC-E)</translation>
    </message>
    <message>
        <source>EAN-8 scan has %1 digits; expected 8</source>
        <translation>EAN-8: цифр в скане — %1, ожидалось 8</translation>
    </message>
    <message>
        <source>in-store code %1: price verifier digit wrong (expected %2, got %3) for value %4; rescan, or check the layout &quot;%5&quot;</source>
        <translation>внутренний код %1: неверная контрольная цифра цены (ожидалась %2, получена %3) для значения %4; отсканируйте ещё раз или проверьте шаблон «%5»</translation>
    </message>
    <message>
        <source>GS1 scan contains byte %1 at position %2, which GS1 data never holds (check the scanner&apos;s interface and keyboard settings)</source>
        <translation>скан GS1 содержит байт %1 в позиции %2, которого не бывает в данных GS1 (проверьте настройки интерфейса и клавиатуры сканера)</translation>
    </message>
    <message>
        <source>the scan contains the control byte %1 at position %2 (check the scanner&apos;s interface settings and prefix/suffix)</source>
        <translation>скан содержит управляющий байт %1 в позиции %2 (проверьте настройки интерфейса сканера и префикс/суффикс)</translation>
    </message>
    <message>
        <source>the scan is not valid UTF-8 text (bytes &quot;%1&quot;): check the scanner&apos;s character encoding and keyboard settings</source>
        <translation>скан не является допустимым текстом UTF-8 (байты «%1»): проверьте кодировку символов и настройки клавиатуры сканера</translation>
    </message>
    <message>
        <source>scanner configuration: %1</source>
        <translation>конфигурация сканера: %1</translation>
    </message>
</context>
<context>
    <name>ok::scanner::ScanResult</name>
    <message>
        <source>no AIM identifier</source>
        <translation>без идентификатора AIM</translation>
    </message>
    <message>
        <source>GTIN %1</source>
        <translation>GTIN %1</translation>
    </message>
    <message>
        <source>add-on %1</source>
        <translation>доп. код %1</translation>
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
        <translation>внутренний код, товар %1, вес %2 кг</translation>
    </message>
    <message>
        <source>in-store code, item %1, price %2</source>
        <translation>внутренний код, товар %1, цена %2</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; (%2 characters)</source>
        <translation>текст «%1» (символов: %2)</translation>
    </message>
</context>
<context>
    <name>ok::scanner::SerialScanner</name>
    <message>
        <source>An incomplete scan was dropped: scan again</source>
        <translation>Неполный скан отброшен: отсканируйте ещё раз</translation>
    </message>
    <message>
        <source>The scanner sent more data than any barcode holds: check its suffix setting</source>
        <translation>Сканер передал больше данных, чем может содержать штрихкод: проверьте настройку суффикса</translation>
    </message>
</context>
<context>
    <name>ok::services::SyncService</name>
    <message>
        <source>No live answer from the central service: %1</source>
        <translation>Центральный сервер не дал ответа в реальном времени: %1</translation>
    </message>
    <message>
        <source>The central service cannot be reached right now.</source>
        <translation>Центральный сервер сейчас недоступен.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Центральный сервер не ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>ok::sync</name>
    <message>
        <source>The central service&apos;s certificate is not trusted (%1). Nothing was sent. Check [central] ca_file and url.</source>
        <translation>Сертификат центрального сервера не является доверенным (%1). Ничего не отправлено. Проверьте [central] ca_file и url.</translation>
    </message>
    <message>
        <source>The central service&apos;s key does not match the pinned key. Nothing was sent. If the server key was rotated, add the new pin to [central] pins.</source>
        <translation>Ключ центрального сервера не совпадает с закреплённым. Ничего не отправлено. Если ключ сервера заменён, добавьте новый пин в [central] pins.</translation>
    </message>
    <message>
        <source>This terminal&apos;s client certificate cannot be used (%1). Check [central] client_cert and client_key.</source>
        <translation>Клиентский сертификат этого терминала нельзя использовать (%1). Проверьте [central] client_cert и client_key.</translation>
    </message>
    <message>
        <source>The secure connection to the central service failed (%1).</source>
        <translation>Не удалось установить защищённое соединение с центральным сервером (%1).</translation>
    </message>
    <message>
        <source>The sync address uses a protocol that is not allowed (%1). Use https://, or set [central] allow_plain_http for development only.</source>
        <translation>Адрес синхронизации использует недопустимый протокол (%1). Используйте https:// или включите [central] allow_plain_http только для разработки.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>Центральный сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>Центральный сервер недоступен (%1).</translation>
    </message>
    <message>
        <source>The central service sent more than %1 MiB in one answer; it was refused.</source>
        <translation>Центральный сервер прислал более %1 МиБ в одном ответе; ответ отклонён.</translation>
    </message>
    <message>
        <source>The central service sent an answer that cannot be used (%1); nothing of it was applied.</source>
        <translation>Центральный сервер прислал непригодный ответ (%1); из него ничего не применено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The central service does not accept this terminal&apos;s token: enrol the terminal again (%1).</source>
        <translation>Центральный сервер не принимает токен этого терминала: зарегистрируйте терминал заново (%1).</translation>
    </message>
    <message>
        <source>This terminal is not enrolled: ask the central admin for an enrolment code and set enrolment_code in the [central] section.</source>
        <translation>Этот терминал не зарегистрирован: попросите у администратора центрального сервера код регистрации и укажите enrolment_code в разделе [central].</translation>
    </message>
</context>
<context>
    <name>ok::ticketdraft</name>
    <message>
        <source>The saved basket could not be read; it was kept in the ledger for staff</source>
        <translation>Не удалось прочитать сохранённую корзину; она оставлена в журнале операций для персонала</translation>
    </message>
    <message>
        <source>The saved basket has an invalid line (%1)</source>
        <translation>В сохранённой корзине есть недопустимая позиция (%1)</translation>
    </message>
    <message>
        <source>The saved basket could not be restored line by line</source>
        <translation>Не удалось восстановить сохранённую корзину по позициям</translation>
    </message>
</context>
</TS>
