// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/cashdesk.h"
#include "services/staffauth.h"
#include "services/till.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

#include <functional>

namespace ok {

class DeviceManager;

/// The ticket's lines for QML: sale lines, then return lines.
class BasketModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Pos")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, QuantityRole, PriceRole, AmountRole, NoteRole, ReturnRole, WeighedRole };
    explicit BasketModel(Till &till, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Re-read the till: rows appended for a new line, changed rows updated, a reset otherwise.
    void refresh();

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString name, quantity, price, amount, note;
        bool isReturn = false;
        bool weighed = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> rows() const;
    Till &m_till;
    QList<Row> m_rows;
};

/// The cashier screens' controller (QML singleton "Pos"): sign-in and lock, the ticket, tender,
/// returns and the cash desk. Every action returns "" when done, or a message for the cashier; an
/// action that needs a supervisor sets approvalNeeded and runs again after approve().
class PosController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Pos)
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString cashierId READ cashierId NOTIFY sessionChanged)
    Q_PROPERTY(QString cashierName READ cashierName NOTIFY sessionChanged)
    Q_PROPERTY(QString cashierRole READ cashierRole NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList staff READ staff NOTIFY staffChanged)
    Q_PROPERTY(ok::BasketModel *lines READ lines CONSTANT)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY ticketChanged)
    Q_PROPERTY(QString discountText READ discountText NOTIFY ticketChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY ticketChanged)
    /// What is still to pay, or (refunding) to pay back: always shown without a sign.
    Q_PROPERTY(QString dueText READ dueText NOTIFY ticketChanged)
    Q_PROPERTY(QString cashDueText READ cashDueText NOTIFY ticketChanged)
    Q_PROPERTY(double dueMinor READ dueMinor NOTIFY ticketChanged)
    Q_PROPERTY(bool refunding READ refunding NOTIFY ticketChanged)
    Q_PROPERTY(bool ticketEmpty READ ticketEmpty NOTIFY ticketChanged)
    Q_PROPERTY(bool paying READ paying NOTIFY ticketChanged)
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY ticketChanged)
    Q_PROPERTY(QVariantList quickCash READ quickCash NOTIFY ticketChanged)
    Q_PROPERTY(bool cardBusy READ cardBusy NOTIFY ticketChanged)
    Q_PROPERTY(bool cardUnknown READ cardUnknown NOTIFY ticketChanged)
    Q_PROPERTY(QString customer READ customer NOTIFY ticketChanged)
    Q_PROPERTY(QVariantList parked READ parked NOTIFY parkedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
    Q_PROPERTY(QString lastSaleText READ lastSaleText NOTIFY lastSaleChanged)
    Q_PROPERTY(QString approvalNeeded READ approvalNeeded NOTIFY approvalChanged)
    Q_PROPERTY(QVariantList returnSource READ returnSource NOTIFY returnSourceChanged)
    Q_PROPERTY(QString returnSourceTitle READ returnSourceTitle NOTIFY returnSourceChanged)
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY shiftChanged)
    Q_PROPERTY(QVariantList denominations READ denominations CONSTANT)
    Q_PROPERTY(QVariantList unprinted READ unprinted NOTIFY lastSaleChanged)
    Q_PROPERTY(QVariantList recentSales READ recentSales NOTIFY lastSaleChanged)
    Q_PROPERTY(QString printerProblem READ printerProblem NOTIFY devicesChanged)
    Q_PROPERTY(bool drawerOpen READ drawerOpen NOTIFY devicesChanged)
public:
    /// `cache` is the GUI thread's cache.db connection (product reads for returns without receipt).
    PosController(Till &till, CashDesk &desk, StaffAuth &auth, DeviceManager *devices, db::Database &cache, int lockAfterS,
                  QObject *parent = nullptr);
    ~PosController() override;

    static void setInstance(PosController *instance);
    static PosController *create(QQmlEngine *, QJSEngine *);

    bool signedIn() const { return m_till.cashier().has_value(); }
    QString cashierId() const { return m_till.cashier() ? m_till.cashier()->id : QString(); }
    QString cashierName() const { return m_till.cashier() ? m_till.cashier()->name : QString(); }
    QString cashierRole() const { return m_till.cashier() ? m_till.cashier()->role : QString(); }
    QVariantList staff() const;
    BasketModel *lines() { return &m_lines; }
    QString subtotalText() const;
    QString discountText() const;
    QString totalText() const;
    QString dueText() const;
    QString cashDueText() const;
    double dueMinor() const;
    bool refunding() const;
    bool ticketEmpty() const { return m_till.isEmpty(); }
    bool paying() const { return !m_till.tenders().isEmpty(); }
    QVariantList tenders() const;
    QVariantList quickCash() const;
    bool cardBusy() const;
    bool cardUnknown() const;
    QString customer() const { return m_till.customer(); }
    QVariantList parked() const;
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_problem; }
    QString lastSaleText() const { return m_lastSale; }
    QString approvalNeeded() const { return m_approvalText; }
    QVariantList returnSource() const;
    QString returnSourceTitle() const;
    bool shiftOpen() const;
    QVariantList denominations() const;
    QVariantList unprinted() const;
    QVariantList recentSales() const;
    QString printerProblem() const;
    bool drawerOpen() const;

    // ---- session
    Q_INVOKABLE QString signIn(const QString &staffId, const QString &pin);
    /// A scanned staff badge: the staff id it names ("" and a message if none).
    Q_INVOKABLE QString staffFromBadge(const QString &code);
    Q_INVOKABLE void signOut();
    /// Any touch or key: restarts the inactivity lock.
    Q_INVOKABLE void touch();

    // ---- ticket
    Q_INVOKABLE void scan(const QString &code);
    Q_INVOKABLE QString addWeighed(const QString &barcode, const QString &kilograms);
    Q_INVOKABLE QString setQuantity(int row, int quantity);
    Q_INVOKABLE QString lineDiscount(int row, const QString &percent, const QString &reason);
    Q_INVOKABLE QString receiptDiscount(const QString &percent, const QString &reason);
    Q_INVOKABLE QString overridePrice(int row, const QString &price, const QString &reason);
    Q_INVOKABLE QString voidLine(int row);
    Q_INVOKABLE QString voidSale();
    Q_INVOKABLE QString park();
    Q_INVOKABLE QString resume(const QString &slot);
    Q_INVOKABLE QString setCustomer(const QString &customer);

    // ---- approvals
    /// A supervisor approves the pending action with their PIN; runs it again.
    Q_INVOKABLE QString approve(const QString &staffId, const QString &pin, const QString &reason);
    Q_INVOKABLE void cancelApproval();

    // ---- tender
    Q_INVOKABLE QString payCash(const QString &amount);
    Q_INVOKABLE QString payCashMinor(double minor);
    Q_INVOKABLE QString payCard(const QString &amount);
    Q_INVOKABLE QString checkCard();
    Q_INVOKABLE void cancelCard();

    // ---- returns
    Q_INVOKABLE QString openReturn(const QString &receipt);
    Q_INVOKABLE void closeReturn();
    Q_INVOKABLE QString returnLine(int lineNo, const QString &quantity);
    Q_INVOKABLE QString removeReturnLine(int index);
    /// A product by barcode, quantity (pieces, or kg for weighed goods), the price paid, a reason.
    Q_INVOKABLE QString returnWithoutReceipt(const QString &barcode, const QString &quantity, const QString &price,
                                             const QString &reason);

    // ---- receipts
    Q_INVOKABLE QString reprint(const QString &saleId);
    Q_INVOKABLE QString printUnprinted(const QString &saleId);

    // ---- cash desk
    /// `counts`: {"<denomination minor>": count}
    Q_INVOKABLE QString openShift(const QVariantMap &counts);
    Q_INVOKABLE QString cashMovement(const QString &kind, const QString &amount, const QString &reason);
    Q_INVOKABLE QString noSale(const QString &reason);
    Q_INVOKABLE QString xReport();
    Q_INVOKABLE QString zReport(const QVariantMap &counts);
    Q_INVOKABLE QString countText(const QVariantMap &counts) const;
    Q_INVOKABLE QString formatMinor(double minor) const;

    /// For the benchmark and tests: the till behind the screens.
    Till &till() { return m_till; }

Q_SIGNALS:
    void sessionChanged();
    void staffChanged();
    void ticketChanged();
    void parkedChanged();
    void messageChanged();
    void lastSaleChanged();
    void approvalChanged();
    void returnSourceChanged();
    void shiftChanged();
    void devicesChanged();
    /// A scan was refused (unknown code ...): the sale screen offers the search.
    void scanRejected(const QString &code, const QString &message);
    /// The inactivity lock fired or the cashier signed out.
    void locked();

private:
    using Action = std::function<Result<void>(const std::optional<ApprovalRecord> &)>;
    /// Run an action; "approval:<permission>" parks it for approve().
    QString run(const Action &action, Permission fallback = Permission::VoidLine);
    QString say(const Result<void> &r);
    void setMessage(const QString &text, bool problem);
    void onTicketChanged();
    std::optional<qint64> parseAmount(const QString &text) const;
    std::optional<DenominationCounts> counts(const QVariantMap &map) const;

    Till &m_till;
    CashDesk &m_desk;
    StaffAuth &m_auth;
    DeviceManager *m_devices;
    db::CatalogReader m_products;
    BasketModel m_lines;
    QTimer m_lock;
    QString m_message;
    bool m_problem = false;
    QString m_lastSale;
    QString m_approvalText;
    QString m_approvalKey;
    Action m_pending;
};

} // namespace ok
