// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/poscontroller.h"

#include "drivers/printer/escposprinter.h"
#include "services/devicemanager.h"
#include "storage/ledger.h"

#include <QDateTime>
#include <QPointer>

namespace ok {

namespace {
QPointer<PosController> g_instance;

QString permissionText(Permission p)
{
    switch (p) {
    case Permission::VoidLine: return PosController::tr("Void or reduce a line");
    case Permission::VoidSale: return PosController::tr("Void the whole sale");
    case Permission::PriceOverride: return PosController::tr("Change a price");
    case Permission::LargeDiscount: return PosController::tr("Discount above the limit");
    case Permission::ReturnWithoutReceipt: return PosController::tr("Return without a receipt");
    case Permission::NoSale: return PosController::tr("Open the drawer without a sale");
    case Permission::CashInOut: return PosController::tr("Put cash in or take it out");
    case Permission::XReport: return PosController::tr("Print the X report");
    case Permission::ZReport: return PosController::tr("Close the day (Z report)");
    case Permission::AcceptCountDifference: return PosController::tr("Accept a cash count difference (manager)");
    case Permission::StaffScreens: return PosController::tr("Open the staff screens");
    case Permission::TestDevices: return PosController::tr("Test the devices");
    case Permission::OpenLockerDoor: return PosController::tr("Open a locker door");
    case Permission::RetrySync: return PosController::tr("Send a refused event again");
    }
    return {};
}

/// Basis points from "12.5" / "12,5" / "10".
std::optional<qint64> percentBp(const QString &text)
{
    static const Currency twoDecimals{QStringLiteral("XXX"), 2, 1};
    const auto m = Money::parse(text, twoDecimals);
    if (!m || m->minor() < 0 || m->minor() > 10000)
        return std::nullopt;
    return m->minor();
}
} // namespace

// ------------------------------------------------------------------ BasketModel

BasketModel::BasketModel(Till &till, QObject *parent)
    : QAbstractListModel(parent)
    , m_till(till)
{
    m_rows = rows();
}

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> BasketModel::roleNames() const
{
    return {{NameRole, "name"}, {QuantityRole, "quantity"}, {PriceRole, "price"}, {AmountRole, "amount"},
            {NoteRole, "note"}, {ReturnRole, "isReturn"}, {WeighedRole, "weighed"}};
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case NameRole: return r.name;
    case QuantityRole: return r.quantity;
    case PriceRole: return r.price;
    case AmountRole: return r.amount;
    case NoteRole: return r.note;
    case ReturnRole: return r.isReturn;
    case WeighedRole: return r.weighed;
    default: return {};
    }
}

QList<BasketModel::Row> BasketModel::rows() const
{
    QList<Row> out;
    const Receipts &fmt = m_till.receipts();
    const Till::Totals t = m_till.totals();
    const auto &lines = m_till.basket().lines();
    out.reserve(lines.size() + m_till.returnLines().size());
    for (int i = 0; i < lines.size(); ++i) {
        const BasketLine &l = lines.at(i);
        const bool weighed = l.quantity.unit == Quantity::Unit::Gram;
        out.append({l.name, fmt.quantity(l.quantity.value, weighed ? QStringLiteral("gram") : QStringLiteral("piece")),
                    weighed ? PosController::tr("%1/kg").arg(fmt.amount(l.unitPriceMinor)) : fmt.amount(l.unitPriceMinor),
                    fmt.amount(t.lines.at(i).amount), m_till.lineNotes().value(i), false, weighed});
    }
    for (const ReturnLine &r : m_till.returnLines())
        out.append({r.name, QStringLiteral("-") + fmt.quantity(r.quantity, r.unit), fmt.amount(r.unitPrice), fmt.amount(-r.refund),
                    r.note.isEmpty() ? PosController::tr("Return, receipt line %1").arg(r.lineNo) : r.note, true,
                    r.unit == QLatin1String("gram")});
    return out;
}

void BasketModel::refresh()
{
    QList<Row> next = rows();
    const qsizetype old = m_rows.size();
    if (next.size() == old + 1 && std::equal(m_rows.cbegin(), m_rows.cend(), next.cbegin())) {
        // The common case, a new scan: one row appended, nothing else touched.
        beginInsertRows({}, int(old), int(old));
        m_rows = std::move(next);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    if (next.size() == old) {
        for (int i = 0; i < old; ++i)
            if (!(m_rows.at(i) == next.at(i))) {
                m_rows[i] = next.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
        return;
    }
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
    Q_EMIT countChanged();
}

// ------------------------------------------------------------------ PosController

PosController::PosController(Till &till, CashDesk &desk, StaffAuth &auth, DeviceManager *devices, db::Database &cache, int lockAfterS,
                             QObject *parent)
    : QObject(parent)
    , m_till(till)
    , m_desk(desk)
    , m_auth(auth)
    , m_devices(devices)
    , m_products(cache, till.settings().storeId, QLocale(till.settings().language).name().left(2))
    , m_lines(till)
{
    connect(&m_till, &Till::changed, this, &PosController::onTicketChanged);
    connect(&m_till, &Till::returnSourceChanged, this, &PosController::returnSourceChanged);
    connect(&m_till, &Till::message, this, &PosController::setMessage);
    connect(&m_till, &Till::scanRejected, this, [this](const QString &code, const QString &text) {
        setMessage(text, true);
        Q_EMIT scanRejected(code, text);
    });
    connect(&m_till, &Till::saleCompleted, this, [this](const CommittedSale &sale, qint64 change) {
        m_lastSale = change > 0 ? tr("Receipt %1 · change %2").arg(sale.receiptNo).arg(m_till.receipts().amount(change))
                                : tr("Receipt %1 done").arg(sale.receiptNo);
        setMessage(m_lastSale, false);
        Q_EMIT lastSaleChanged();
        Q_EMIT parkedChanged();
    });
    connect(&m_desk, &CashDesk::shiftChanged, this, &PosController::shiftChanged);
    if (m_devices) {
        connect(m_devices, &DeviceManager::changed, this, &PosController::devicesChanged);
        connect(m_devices, &DeviceManager::printQueueChanged, this, &PosController::lastSaleChanged);
    }
    m_lock.setSingleShot(true);
    m_lock.setInterval(std::max(15, lockAfterS) * 1000);
    connect(&m_lock, &QTimer::timeout, this, [this] {
        if (!signedIn())
            return;
        if (m_till.cardInProgress()) { // never walk away from a card payment in progress
            m_lock.start();
            return;
        }
        // The ticket stays (it is in the ledger); the next cashier signs in and carries on or parks it.
        m_till.setCashier(std::nullopt);
        cancelApproval();
        Q_EMIT sessionChanged();
        Q_EMIT locked();
    });
}

PosController::~PosController() = default;

void PosController::setInstance(PosController *instance)
{
    g_instance = instance;
}

PosController *PosController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(g_instance, "PosController", "main.cpp must call setInstance() before QML loads");
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void PosController::setMessage(const QString &text, bool problem)
{
    m_message = text;
    m_problem = problem;
    Q_EMIT messageChanged();
}

void PosController::onTicketChanged()
{
    m_lines.refresh();
    Q_EMIT ticketChanged();
    if (m_till.returnSource())
        Q_EMIT returnSourceChanged(); // what is left to return depends on the ticket's lines
}

QString PosController::say(const Result<void> &r)
{
    if (r) {
        if (m_problem)
            setMessage(QString(), false);
        return {};
    }
    setMessage(r.error().message, true);
    return r.error().message;
}

QString PosController::run(const Action &action, Permission fallback)
{
    touch();
    const Result<void> r = action(std::nullopt);
    if (!r && r.error().code.startsWith(QLatin1String("approval:"))) {
        const auto p = permissionFromKey(r.error().code.mid(9)).value_or(fallback);
        m_pending = action;
        m_approvalKey = permissionKey(p);
        m_approvalText = permissionText(p);
        Q_EMIT approvalChanged();
        return {}; // the approval dialog says what is needed; nothing failed yet
    }
    return say(r);
}

QString PosController::approve(const QString &staffId, const QString &pin, const QString &reason)
{
    const auto p = permissionFromKey(m_approvalKey);
    if (!m_pending || !p)
        return tr("Nothing is waiting for an approval");
    auto a = m_auth.approve(*p, staffId, pin, reason);
    if (!a)
        return a.error().message; // shown in the dialog; the request stays open
    const Action action = m_pending;
    cancelApproval();
    const Result<void> r = action(a.value());
    if (!r && r.error().code.startsWith(QLatin1String("approval:")))
        return run(action); // a second approval (e.g. a manager for the count difference)
    return say(r);
}

void PosController::cancelApproval()
{
    m_pending = nullptr;
    m_approvalKey.clear();
    m_approvalText.clear();
    Q_EMIT approvalChanged();
}

std::optional<qint64> PosController::parseAmount(const QString &text) const
{
    const auto m = Money::parse(text, m_till.settings().currency);
    if (!m)
        return std::nullopt;
    return m->minor();
}

// ---- properties

QVariantList PosController::staff() const
{
    QVariantList out;
    for (const auto &s : m_auth.staff())
        out.append(QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("role"), s.role}});
    return out;
}

QString PosController::subtotalText() const
{
    return m_till.receipts().amount(m_till.totals().subtotal);
}

QString PosController::discountText() const
{
    const qint64 d = m_till.totals().discounts;
    return d ? m_till.receipts().amount(-d) : QString();
}

QString PosController::totalText() const
{
    return m_till.receipts().amount(m_till.totals().total);
}

QString PosController::dueText() const
{
    const qint64 due = m_till.totals().due;
    return m_till.receipts().amount(due < 0 ? -due : due); // refunding() says which way
}

QString PosController::cashDueText() const
{
    const qint64 due = m_till.cashDue();
    return m_till.receipts().amount(due < 0 ? -due : due);
}

double PosController::dueMinor() const
{
    return double(m_till.totals().due);
}

bool PosController::refunding() const
{
    return m_till.totals().due < 0;
}

QVariantList PosController::tenders() const
{
    QVariantList out;
    for (const auto &t : m_till.tenders()) {
        const QString state = t.state == TenderLine::State::Done ? QString()
            : t.state == TenderLine::State::Pending                ? tr("waiting for the terminal")
                                                                   : tr("unknown: check the terminal");
        out.append(QVariantMap{{QStringLiteral("kind"), t.kind == QLatin1String("cash") ? tr("Cash") : tr("Card")},
                               {QStringLiteral("amount"), m_till.receipts().amount(t.amount)},
                               {QStringLiteral("change"), t.change ? m_till.receipts().amount(t.change) : QString()},
                               {QStringLiteral("reference"), t.reference},
                               {QStringLiteral("state"), state}});
    }
    return out;
}

QVariantList PosController::quickCash() const
{
    QVariantList out;
    const qint64 due = m_till.cashDue();
    if (due <= 0)
        return out;
    out.append(QVariantMap{{QStringLiteral("text"), tr("Exact %1").arg(m_till.receipts().amount(due))}, {QStringLiteral("minor"), double(due)}});
    // The next amounts a customer hands over: rounded up to the common notes.
    QList<qint64> seen{due};
    for (qint64 note : {1000, 2000, 5000, 10000, 20000, 50000}) {
        const qint64 up = (due + note - 1) / note * note;
        if (!seen.contains(up) && out.size() < 5) {
            seen.append(up);
            out.append(QVariantMap{{QStringLiteral("text"), m_till.receipts().amount(up)}, {QStringLiteral("minor"), double(up)}});
        }
    }
    return out;
}

bool PosController::cardBusy() const
{
    for (const auto &t : m_till.tenders())
        if (t.state == TenderLine::State::Pending)
            return true;
    return false;
}

bool PosController::cardUnknown() const
{
    for (const auto &t : m_till.tenders())
        if (t.state == TenderLine::State::Unknown)
            return true;
    return false;
}

QVariantList PosController::parked() const
{
    QVariantList out;
    for (const auto &d : m_till.parked())
        out.append(QVariantMap{{QStringLiteral("slot"), d.slot}, {QStringLiteral("label"), d.label},
                               {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(d.updatedAtMs).toString(QStringLiteral("HH:mm"))}});
    return out;
}

QVariantList PosController::returnSource() const
{
    QVariantList out;
    const auto &src = m_till.returnSource();
    if (!src)
        return out;
    for (int i = 0; i < src->sale.lines.size(); ++i) {
        const SaleLineRecord &l = src->sale.lines.at(i);
        if (l.quantity <= 0)
            continue;
        out.append(QVariantMap{{QStringLiteral("lineNo"), i + 1}, {QStringLiteral("name"), l.name},
                               {QStringLiteral("sold"), m_till.receipts().quantity(l.quantity, l.unit)},
                               {QStringLiteral("left"), double(m_till.returnable(i + 1))},
                               {QStringLiteral("leftText"), m_till.receipts().quantity(m_till.returnable(i + 1), l.unit)},
                               {QStringLiteral("weighed"), l.unit == QLatin1String("gram")},
                               {QStringLiteral("amount"), m_till.receipts().amount(l.amount)}});
    }
    return out;
}

QString PosController::returnSourceTitle() const
{
    const auto &src = m_till.returnSource();
    if (!src)
        return {};
    return tr("Receipt %1 · %2 · paid %3%4")
        .arg(src->receiptNo)
        .arg(QDateTime::fromMSecsSinceEpoch(src->sale.createdAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(m_till.receipts().amount(src->sale.total))
        .arg(m_till.sourcePaidByCard() ? tr(" (card)") : QString());
}

bool PosController::shiftOpen() const
{
    return m_desk.current().has_value();
}

QVariantList PosController::denominations() const
{
    QVariantList out;
    for (qint64 d : m_desk.settings().denominations)
        out.append(QVariantMap{{QStringLiteral("minor"), double(d)}, {QStringLiteral("text"), m_till.receipts().amount(d)},
                               {QStringLiteral("key"), QString::number(d)}});
    return out;
}

QVariantList PosController::unprinted() const
{
    QVariantList out;
    for (const auto &s : m_till.unprintedSales())
        out.append(QVariantMap{{QStringLiteral("saleId"), s.id}, {QStringLiteral("receiptNo"), double(s.receiptNo)}});
    return out;
}

QVariantList PosController::recentSales() const
{
    QVariantList out;
    db::Ledger ledger(m_till.ledgerDatabase());
    for (const auto &s : ledger.recentSales(m_till.settings().terminalId, QDateTime::currentMSecsSinceEpoch() - 86'400'000, 50))
        out.append(QVariantMap{{QStringLiteral("saleId"), s.sale.id}, {QStringLiteral("receiptNo"), double(s.receiptNo)},
                               {QStringLiteral("kind"), s.sale.kind},
                               {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(s.sale.createdAtMs).toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("total"), m_till.receipts().amount(s.sale.total)}});
    return out;
}

QString PosController::printerProblem() const
{
    if (!m_devices)
        return {};
    for (int i = 0; i < m_devices->count(); ++i)
        if (auto *p = qobject_cast<escpos::EscPosPrinter *>(m_devices->entry(i).device.get())) {
            if (!m_devices->isOnline(i))
                return tr("Receipt printer offline: receipts wait in the queue");
            if (p->printerStatus().known && !p->printerStatus().canPrint()) {
                QString what = p->printerStatus().message();
                if (!what.endsWith(QLatin1Char('.')))
                    what += QLatin1Char('.');
                return tr("Receipt printer: %1 Receipts wait in the queue.").arg(what);
            }
            return {};
        }
    return tr("No receipt printer configured");
}

bool PosController::drawerOpen() const
{
    return m_devices && m_devices->isCashDrawerOpen();
}

// ---- session

QString PosController::signIn(const QString &staffId, const QString &pin)
{
    auto who = m_auth.signIn(staffId, pin);
    if (!who)
        return who.error().message;
    m_till.setCashier(who.value());
    setMessage(QString(), false);
    touch();
    Q_EMIT sessionChanged();
    // A ticket that was in progress (crash, lock) is back on screen.
    if (auto r = m_till.restore(); !r)
        setMessage(r.error().message, true);
    onTicketChanged();
    Q_EMIT parkedChanged();
    Q_EMIT shiftChanged();
    Q_EMIT lastSaleChanged();
    return {};
}

QString PosController::staffFromBadge(const QString &code)
{
    const auto who = m_auth.fromBadge(code);
    return who ? who->id : QString();
}

void PosController::signOut()
{
    m_lock.stop();
    m_till.setCashier(std::nullopt);
    cancelApproval();
    Q_EMIT sessionChanged();
    Q_EMIT locked();
}

void PosController::touch()
{
    if (signedIn())
        m_lock.start();
}

// ---- ticket

void PosController::scan(const QString &code)
{
    touch();
    m_till.scan(code);
}

QString PosController::addWeighed(const QString &barcode, const QString &kilograms)
{
    touch();
    static const Currency grams{QStringLiteral("XXX"), 3, 1};
    const auto g = Money::parse(kilograms, grams);
    if (!g || g->minor() <= 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the weight in kg, e.g. 0.750")});
    // The weight goes with the barcode: the till looks it up and adds the line.
    m_till.scanWeighed(barcode, g->minor());
    return {};
}

QString PosController::setQuantity(int row, int quantity)
{
    return run([this, row, quantity](const auto &) { return m_till.setQuantity(row, quantity); }, Permission::VoidLine);
}

QString PosController::lineDiscount(int row, const QString &percent, const QString &reason)
{
    const auto bp = percentBp(percent);
    if (!bp)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a percentage from 0 to 100")});
    return run([this, row, bp, reason](const auto &a) {
        return m_till.setLineDiscount(row, Discount{*bp ? Discount::Kind::Percent : Discount::Kind::None, *bp, reason}, a);
    });
}

QString PosController::receiptDiscount(const QString &percent, const QString &reason)
{
    const auto bp = percentBp(percent);
    if (!bp)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a percentage from 0 to 100")});
    return run([this, bp, reason](const auto &a) {
        return m_till.setReceiptDiscount(Discount{*bp ? Discount::Kind::Percent : Discount::Kind::None, *bp, reason}, a);
    });
}

QString PosController::overridePrice(int row, const QString &price, const QString &reason)
{
    const auto minor = parseAmount(price);
    if (!minor || *minor < 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a price, e.g. 4.99")});
    return run([this, row, minor, reason](const auto &a) { return m_till.overridePrice(row, *minor, reason, a); });
}

QString PosController::voidLine(int row)
{
    const int sales = int(m_till.basket().lines().size());
    if (row >= sales) // a return line is taken back off the ticket, nothing to approve
        return run([this, row, sales](const auto &) { return m_till.removeReturnLine(row - sales); });
    return run([this, row](const auto &a) { return m_till.voidLine(row, a); });
}

QString PosController::voidSale()
{
    return run([this](const auto &a) { return m_till.voidSale(a); });
}

QString PosController::park()
{
    const QString r = run([this](const auto &) { return m_till.park(); });
    Q_EMIT parkedChanged();
    return r;
}

QString PosController::resume(const QString &slot)
{
    const QString r = run([this, slot](const auto &) { return m_till.resume(slot); });
    Q_EMIT parkedChanged();
    return r;
}

QString PosController::setCustomer(const QString &customer)
{
    return run([this, customer](const auto &) { return m_till.setCustomer(customer); });
}

// ---- tender

QString PosController::payCash(const QString &amount)
{
    if (refunding())
        return run([this](const auto &) { return m_till.payCash(0); });
    const auto minor = parseAmount(amount);
    if (!minor || *minor <= 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the cash handed over, e.g. 50 or 20.50")});
    return run([this, minor](const auto &) { return m_till.payCash(*minor); });
}

QString PosController::payCashMinor(double minor)
{
    return run([this, minor](const auto &) { return m_till.payCash(qint64(minor)); });
}

QString PosController::payCard(const QString &amount)
{
    const qint64 due = m_till.totals().due;
    std::optional<qint64> minor = amount.trimmed().isEmpty() ? std::optional<qint64>(due < 0 ? -due : due) : parseAmount(amount);
    if (!minor || *minor <= 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the card amount, or leave it empty for the whole amount")});
    return run([this, minor](const auto &) { return m_till.payCard(*minor); });
}

QString PosController::checkCard()
{
    return run([this](const auto &) { return m_till.checkCard(); });
}

void PosController::cancelCard()
{
    m_till.cancelCard();
}

// ---- returns

QString PosController::openReturn(const QString &receipt)
{
    return run([this, receipt](const auto &) { return m_till.openReturnSource(receipt); });
}

void PosController::closeReturn()
{
    m_till.closeReturnSource();
}

QString PosController::returnLine(int lineNo, const QString &quantity)
{
    const auto &src = m_till.returnSource();
    if (!src || lineNo < 1 || lineNo > src->sale.lines.size())
        return say(Error{QStringLiteral("till.invalid"), tr("Scan the receipt first")});
    const bool weighed = src->sale.lines.at(lineNo - 1).unit == QLatin1String("gram");
    static const Currency grams{QStringLiteral("XXX"), 3, 1};
    static const Currency pieces{QStringLiteral("XXX"), 0, 1};
    const auto q = Money::parse(quantity, weighed ? grams : pieces);
    if (!q || q->minor() <= 0)
        return say(Error{QStringLiteral("till.invalid"), weighed ? tr("Enter the weight in kg") : tr("Enter how many")});
    return run([this, lineNo, q](const auto &) { return m_till.returnLine(lineNo, q->minor()); });
}

QString PosController::removeReturnLine(int index)
{
    return run([this, index](const auto &) { return m_till.removeReturnLine(index); });
}

QString PosController::returnWithoutReceipt(const QString &barcode, const QString &quantity, const QString &price, const QString &reason)
{
    const auto product = m_products.findByBarcode(barcode.trimmed(), QDateTime::currentSecsSinceEpoch());
    if (!product)
        return say(Error{QStringLiteral("till.invalid"), tr("Code %1 is not in the catalog").arg(barcode.trimmed())});
    const bool weighed = product->unit == QLatin1String("kg");
    static const Currency grams{QStringLiteral("XXX"), 3, 1};
    static const Currency pieces{QStringLiteral("XXX"), 0, 1};
    const auto q = Money::parse(quantity, weighed ? grams : pieces);
    if (!q || q->minor() <= 0)
        return say(Error{QStringLiteral("till.invalid"), weighed ? tr("Enter the weight in kg") : tr("Enter how many")});
    const auto unitPrice = price.trimmed().isEmpty() ? product->price : parseAmount(price);
    if (!unitPrice || *unitPrice < 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the price paid, e.g. 4.99")});
    const ProductInfo p = *product;
    return run([this, p, q, unitPrice, reason](const auto &a) { return m_till.returnWithoutReceipt(p, q->minor(), *unitPrice, reason, a); });
}

// ---- receipts

QString PosController::reprint(const QString &saleId)
{
    return say(m_till.printReceipt(saleId, true));
}

QString PosController::printUnprinted(const QString &saleId)
{
    const QString r = say(m_till.printReceipt(saleId, false));
    Q_EMIT lastSaleChanged();
    return r;
}

// ---- cash desk

std::optional<DenominationCounts> PosController::counts(const QVariantMap &map) const
{
    DenominationCounts out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        bool ok1 = false, ok2 = false;
        const qint64 d = it.key().toLongLong(&ok1);
        const qint64 n = it.value().toString().trimmed().isEmpty() ? 0 : it.value().toString().toLongLong(&ok2);
        if (!ok1 || (!it.value().toString().trimmed().isEmpty() && !ok2) || n < 0 || d <= 0)
            return std::nullopt;
        if (n)
            out.insert(d, n);
    }
    return out;
}

QString PosController::countText(const QVariantMap &map) const
{
    const auto c = counts(map);
    const auto total = c ? countedTotal(*c) : std::nullopt;
    return total ? m_till.receipts().amount(*total) : tr("check the numbers");
}

QString PosController::formatMinor(double minor) const
{
    return m_till.receipts().amount(qint64(minor));
}

QString PosController::openShift(const QVariantMap &map)
{
    const auto c = counts(map);
    if (!c)
        return say(Error{QStringLiteral("cash.count"), tr("Counts are whole numbers of notes and coins")});
    if (!m_till.cashier())
        return say(Error{QStringLiteral("till.signed-out"), tr("Sign in first")});
    auto shift = m_desk.openShift(*m_till.cashier(), *c);
    if (!shift)
        return say(shift.error());
    setMessage(tr("Shift open with a float of %1").arg(m_till.receipts().amount(shift.value().floatAmount)), false);
    return {};
}

QString PosController::cashMovement(const QString &kind, const QString &amount, const QString &reason)
{
    const auto minor = parseAmount(amount);
    if (!minor || *minor <= 0)
        return say(Error{QStringLiteral("cash.amount"), tr("Enter an amount, e.g. 100")});
    if (!m_till.cashier())
        return say(Error{QStringLiteral("till.signed-out"), tr("Sign in first")});
    const StaffMember who = *m_till.cashier();
    return run([this, who, kind, minor, reason](const auto &a) { return m_desk.moveCash(who, kind, *minor, reason, a); });
}

QString PosController::noSale(const QString &reason)
{
    if (!m_till.cashier())
        return say(Error{QStringLiteral("till.signed-out"), tr("Sign in first")});
    const StaffMember who = *m_till.cashier();
    return run([this, who, reason](const auto &a) { return m_desk.noSale(who, reason, a); });
}

QString PosController::xReport()
{
    if (!m_till.cashier())
        return say(Error{QStringLiteral("till.signed-out"), tr("Sign in first")});
    const StaffMember who = *m_till.cashier();
    return run([this, who](const auto &a) -> Result<void> {
        auto f = m_desk.xReport(who, a);
        if (!f)
            return f.error();
        setMessage(tr("X report printed"), false);
        return {};
    });
}

QString PosController::zReport(const QVariantMap &map)
{
    const auto c = counts(map);
    if (!c)
        return say(Error{QStringLiteral("cash.count"), tr("Counts are whole numbers of notes and coins")});
    if (!m_till.cashier())
        return say(Error{QStringLiteral("till.signed-out"), tr("Sign in first")});
    if (!m_till.isEmpty())
        return say(Error{QStringLiteral("cash.ticket-open"), tr("Finish, park or void the open ticket before closing the day")});
    const StaffMember who = *m_till.cashier();
    // Two approvals may be needed: the Z itself (supervisor) and a count difference (manager).
    auto zApproval = std::make_shared<std::optional<ApprovalRecord>>();
    return run([this, who, c, zApproval](const std::optional<ApprovalRecord> &a) -> Result<void> {
        if (a && a->action == permissionKey(Permission::ZReport))
            *zApproval = a;
        const std::optional<ApprovalRecord> diff = a && a->action == permissionKey(Permission::AcceptCountDifference) ? a : std::nullopt;
        auto z = m_desk.zReport(who, *c, *zApproval, diff);
        if (!z)
            return z.error();
        const qint64 d = z.value().countedCash - z.value().expectedCash;
        setMessage(tr("Day closed: Z report %1 printed. Counted %2, expected %3, %4 %5.")
                       .arg(z.value().zNo)
                       .arg(m_till.receipts().amount(z.value().countedCash), m_till.receipts().amount(z.value().expectedCash),
                            d > 0 ? tr("over") : d < 0 ? tr("short") : tr("difference"), m_till.receipts().amount(d)),
                   false);
        return {};
    });
}

} // namespace ok
