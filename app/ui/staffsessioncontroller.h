// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace ok {

class StaffSession;

/// The permissions as QML names them (Permission.OpenLockerDoor), one to one with ok::Permission.
namespace PermissionEnum {
Q_NAMESPACE
QML_NAMED_ELEMENT(Permission)
enum Value {
    VoidLine = int(ok::Permission::VoidLine),
    VoidSale = int(ok::Permission::VoidSale),
    PriceOverride = int(ok::Permission::PriceOverride),
    LargeDiscount = int(ok::Permission::LargeDiscount),
    ReturnWithoutReceipt = int(ok::Permission::ReturnWithoutReceipt),
    NoSale = int(ok::Permission::NoSale),
    CashInOut = int(ok::Permission::CashInOut),
    XReport = int(ok::Permission::XReport),
    ZReport = int(ok::Permission::ZReport),
    AcceptCountDifference = int(ok::Permission::AcceptCountDifference),
    StaffScreens = int(ok::Permission::StaffScreens),
    TestDevices = int(ok::Permission::TestDevices),
    OpenLockerDoor = int(ok::Permission::OpenLockerDoor),
    RetrySync = int(ok::Permission::RetrySync),
    HandOverOrders = int(ok::Permission::HandOverOrders),
    ManagePickup = int(ok::Permission::ManagePickup),
    ActOnStock = int(ok::Permission::ActOnStock),
};
Q_ENUM_NS(Value)
} // namespace PermissionEnum

/// Who is signed in on this terminal, for every screen (QML singleton "Staff"). C++-owned:
/// TerminalApp creates it with the session and sets it before QML loads.
///
/// Screens ask `allows(Permission.X)` to show or hide what the person may do; the services check
/// again on every action, so hiding a button is a courtesy, not the rule.
class StaffSessionController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString id READ id NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    /// "Cashier", "Supervisor", "Manager": translated, for people.
    Q_PROPERTY(QString roleText READ roleText NOTIFY changed)
    /// The signed-in person's own screen language ("nb"); "" when they follow the store's.
    Q_PROPERTY(QString language READ language NOTIFY changed)
    /// [{id, name}] of everyone who may sign in on this terminal.
    Q_PROPERTY(QVariantList members READ members NOTIFY membersChanged)
public:
    explicit StaffSessionController(StaffSession &session, QObject *parent = nullptr);

    static void setInstance(StaffSessionController *instance);
    static StaffSessionController *create(QQmlEngine *, QJSEngine *);

    bool signedIn() const;
    QString id() const;
    QString name() const;
    QString roleText() const;
    QVariantList members() const;

    Q_INVOKABLE bool allows(ok::PermissionEnum::Value permission) const;
    /// "" when signed in, else the message for the person (wrong PIN, locked for how long).
    Q_INVOKABLE QString signIn(const QString &staffId, const QString &pin);
    /// A scanned staff badge: the staff id it names, "" if none.
    Q_INVOKABLE QString memberFromBadge(const QString &code) const;
    Q_INVOKABLE void signOut();
    /// The signed-in person chooses their screen language ("" = the store's): "" or the message.
    Q_INVOKABLE QString setLanguage(const QString &code);
    QString language() const;
    /// Any touch or key: the idle lock starts again.
    Q_INVOKABLE void touch();
    /// Installed on the application (TerminalApp): every press, touch or key on any screen is
    /// activity, so the idle lock signs out only whoever really walked away, on the till and on
    /// the staff screens alike ([pos] lock_after_s). The event itself goes on unchanged.
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// The staff list changed (a sync brought new accounts).
    Q_INVOKABLE void reloadMembers();

    static QString roleText(const QString &role);

Q_SIGNALS:
    void changed();
    void membersChanged();
    /// The idle lock ended the session.
    void lockedForInactivity();

private:
    StaffSession &m_session;
};

} // namespace ok
