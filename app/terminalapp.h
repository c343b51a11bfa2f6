// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "services/config.h"

#include <QObject>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace ok::db {
class Database;
}
namespace ok::services {
class SyncService;
}

namespace ok {

class ApprovalGate;
class CatalogService;
class DeviceManager;
class KeyboardWedge;
class PickupCounter;
class PickupDesk;
class StaffAuth;
class StaffSession;
class StaffSessionController;
class TerminalInfo;
class Till;

/// The terminal, built and wired: the one composition of Omnikiosk. main.cpp runs it; the UI and
/// end-to-end tests build exactly the same object, so they cannot drift from the product.
///
/// It opens the data directory (mode 0700) and both databases (files 0600), starts the catalog
/// service, the devices and sync with the central service, builds every role's services (the
/// staff session, approvals, the till), hands the QML singletons their C++ objects, and loads
/// the shell. The ledger must open or the terminal refuses to sell; a missing catalog is shown,
/// not fatal.
///
/// Destruction stops the devices before the ledger closes and the QML engine before the
/// services it shows.
class TerminalApp : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool startDevices = true; ///< off for --self-test and --measure-startup
        bool startSync = true;    ///< off for --self-test and --measure-startup (and [central] enabled = false)
    };

    /// Exit codes of `omnikiosk` for what stops a start.
    enum ExitCode { Config = 2, Storage = 3, Qml = 4 };

    ~TerminalApp() override;
    /// Build the terminal from `config`. Errors name the file, directory or key.
    static Result<std::unique_ptr<TerminalApp>> create(ok::Config config, Options options);

    /// Load Main.qml (qrc:/qt/qml/Omnikiosk/Main.qml) into the engine; the window it made.
    Result<QQuickWindow *> loadShell();
    QQmlApplicationEngine &engine();

    const ok::Config &config() const;
    db::Database &ledger();
    CatalogService &catalog();
    DeviceManager &devices();
    StaffAuth &auth();
    StaffSession &session();
    ApprovalGate &approvals();
    Till &till();
    TerminalInfo &terminal();
    KeyboardWedge &wedge();
    StaffSessionController &staff();
    PickupDesk &pickupDesk();
    PickupCounter &pickupCounter();
    /// Null when sync is off.
    services::SyncService *sync();

private:
    struct Parts;
    explicit TerminalApp(std::unique_ptr<Parts> parts);
    void wireSync();

    std::unique_ptr<Parts> d;
};

} // namespace ok
