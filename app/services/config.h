// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/factory/devicefactory.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ok {

/// One configured device ([device.NAME] section): the device factory's spec.
using DeviceConfig = dev::DeviceSpec;

/// The terminal's configuration: one INI file (docs/configuration.md), every key with a default,
/// overridable on the command line with --set section.key=value.
struct Config {
    // [store]
    QString storeId = QStringLiteral("S001");
    QString storeName = QStringLiteral("Omnikiosk demo store");
    QString terminalId = QStringLiteral("T01");
    QString currency = QStringLiteral("PLN");
    QString locale = QStringLiteral("pl_PL");
    QString language;                                     ///< receipts and reports; empty: the locale's language
    QString country = QStringLiteral("PL");
    bool pricesIncludeTax = true;
    QString taxRounding = QStringLiteral("per-receipt"); ///< per-receipt | per-line
    // [storage]
    QString dataDir;                                      ///< default: see defaultDataDir()
    int keepBackups = 10;                                 ///< automatic ledger backups kept in DATA/backups (omnikiosk-ctl)
    int minFreeMb = 64;                                   ///< new sales refused below this free space; 0: off
    // [central]
    QString centralUrl = QStringLiteral("https://127.0.0.1:8443");
    QString caFile;
    bool allowPlainHttp = false;                          ///< development only; the UI shows it
    bool syncEnabled = false;                             ///< off: the terminal works from its cache alone
    QString clientCertFile;                               ///< this terminal's certificate (mutual TLS)
    QString clientKeyFile;
    QStringList pins;                                     ///< sha256//BASE64 of the server key, one or two
    QString enrolmentCode;                                ///< one-time; unused once enrolled
    QByteArray pickupKey;                                 ///< the central service's Ed25519 key for pickup QR codes
    int syncIntervalS = 10;
    int syncPageSize = 5000;
    // [ui]
    bool fullscreen = false;
    int scanMaxKeyGapMs = 50;                             ///< keyboard-wedge scan detection
    int scanMinLength = 6;
    QStringList customerLanguages;                        ///< offered on customer screens; empty: all five
    int customerLanguageResetS = 60;                      ///< a customer's language choice ends after this idle time
    QString translationsDir;                              ///< catalogs (.qm) to use instead of the built-in ones
    // [pos]
    int pickupLockAfter = 5;                              ///< wrong codes before an order is locked for staff
    int pickupFreeFailures = 3;                           ///< wrong codes in a row before the kiosk makes people wait
    int pickupMaxDelayS = 120;                            ///< the longest wait between tries
    int pickupIdleResetS = 45;                            ///< the pickup screen forgets the customer after this idle time
    int doorLeftOpenS = 60;                               ///< an opened locker door still open after this raises an alert
    int maxHoldHours = 72;                                ///< [stock] the longest hold staff may place (1..336)
    /// [returns] how a web order returned in the store may be refunded, the first offered first
    QStringList webRefundMethods{QStringLiteral("original-payment"), QStringLiteral("store-credit")};

    int discountLimitPercent = 10;                        ///< larger discounts need a supervisor
    int lockAfterS = 120;                                 ///< sign the cashier out after this idle time
    qint64 countDifferenceLimit = 1000;                   ///< Z over/short (minor units) a manager must accept
    QStringList variableMeasure = {QStringLiteral("23IIIIIWW.WWWC"), QStringLiteral("20IIIIIPPP.PPC")}; ///< in-store label masks
    // [device.*]
    QList<DeviceConfig> devices;
    // [limits] housekeeping of what grows (services/housekeeping.h, docs/configuration.md#limits)
    int printHistoryDays = 14;                            ///< printed/cancelled print jobs kept this long
    int printHistoryRows = 5000;                          ///< and at most this many
    int outboxKeepDays = 30;                              ///< acknowledged events stay in the outbox this long, then are archived
    int archiveKeepMonths = 24;                           ///< outbox archive files (DATA/archive) kept this long
    int exportKeepDays = 90;                              ///< files in DATA/exports kept this long
    int exportKeepFiles = 50;                             ///< and at most this many
    int housekeepingHours = 6;                            ///< housekeeping runs at start and then this often

    /// The store's language ("pl"): receipts, reports, and every screen nobody has chosen for.
    QString storeLanguage() const;

    /// Where the config file came from ("built-in defaults" if none).
    QString source = QStringLiteral("built-in defaults");

    /// Parse INI text. `sourceName` is used in messages ("omnikiosk.ini:12: ...").
    static Result<Config> parse(const QString &text, const QString &sourceName);
    /// Read and parse a file; a missing file is an error naming it.
    static Result<Config> load(const QString &path);
    /// Apply one "section.key=value" override (command line), validated like a file line.
    Result<void> applyOverride(const QString &assignment);

    /// $OMNIKIOSK_DATA_DIR, else $XDG_DATA_HOME/omnikiosk, else ~/.local/share/omnikiosk.
    static QString defaultDataDir();

private:
    Result<void> set(const QString &section, const QString &key, const QString &value, const QString &where);
};

} // namespace ok
