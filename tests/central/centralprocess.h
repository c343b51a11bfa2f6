// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper (library omnikiosk_test_central): a real omnikiosk-central process on a free port
// with real TLS and mutual TLS, certificates made by central/make-demo-certs, a seeded demo
// network, and the admin CLI at hand. For the central tests and for the sync client's tests.
//
//     ok::test::CentralProcess central({.products = 500});
//     QVERIFY2(central.start(&error), qPrintable(error));
//     const QString code = central.enrolmentCode("S001", "T01");
//     // url(), caPath(), serverPin(), certPath("S001-T01"), keyPath("S001-T01") ...
//
// The process is stopped (SIGTERM) when the object is destroyed. Not thread-safe: use it from the
// test's thread.
//
// With OMNIKIOSK_TEST_CENTRAL_STORE=postgresql in the environment the central runs on a fresh
// PostgreSQL database (--db postgresql://...) of the test executable's own server (pgserver.h);
// the admin CLI gets the same URL and runs in dir(), where it keeps the pickup signing key.

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ok::test {

class CentralProcess
{
public:
    struct Options {
        qint64 products = 200;        ///< demo products to seed on the first start
        int orders = 3;               ///< click-and-collect orders per store
        qint64 demoNow = 0;           ///< unix seconds taken as today by the demo data; 0 = the clock
        quint64 demoSeed = 20261122;  ///< the same default as omnikiosk-demo-data
        QStringList terminals = {QStringLiteral("S001-T01"), QStringLiteral("S001-T02")}; ///< client certificates made
        bool mutualTls = true;        ///< --client-ca (terminals must present a certificate)
        bool insecureHttp = false;    ///< plain HTTP instead of TLS (development mode)
        /// --behind-proxy: plain HTTP on loopback behind FrontProcess (which uses this object's
        /// certificates); mutualTls and insecureHttp do not apply.
        bool behindProxy = false;
        QString workDir;              ///< empty: a temporary directory, removed with the object
        QStringList extraArgs;        ///< more server options
        int startTimeoutMs = 120000;  ///< seeding a large catalog takes a while
        /// A database URL to run on instead of a fresh database (PostgreSQL: two central
        /// processes on one database); empty: central.db in dir(), or a fresh PostgreSQL database.
        QString database;
    };

    CentralProcess();
    explicit CentralProcess(Options options);
    ~CentralProcess();
    CentralProcess(const CentralProcess &) = delete;
    CentralProcess &operator=(const CentralProcess &) = delete;

    /// Make the certificates (first time only), start the server (seeding an empty database) and
    /// wait for its "listening on" line. A restart after stop()/kill() keeps the database and, if
    /// it was bound before, the port.
    bool start(QString *error = nullptr);
    /// SIGTERM, then wait. Returns the exit code (0 = clean), or -1 when it had to be killed.
    int stop(int timeoutMs = 15000);
    /// SIGKILL: a crash, for recovery tests.
    void kill();
    bool isRunning() const;

    QString url() const;   ///< "https://127.0.0.1:PORT"
    int port() const { return m_port; }
    QString dir() const { return m_dir; }
    QString dbPath() const; ///< the --db value: central.db in dir(), or a postgresql:// URL
    QString certDir() const;
    QString caPath() const;         ///< the store-network CA (verifies the server; signed the terminals)
    QString serverCertPath() const;
    QString serverKeyPath() const;
    QString serverPin() const;      ///< "sha256//BASE64" of the server's public key
    QString certPath(const QString &terminal) const; ///< client certificate, e.g. "S001-T01"
    QString keyPath(const QString &terminal) const;
    QString otherCaPath() const;          ///< an unrelated CA
    QString otherServerCertPath() const;  ///< a server certificate of the unrelated CA
    QString otherServerKeyPath() const;
    QString otherServerPin() const;
    QString otherClientCertPath() const;  ///< CN=S001-T01, but from the unrelated CA
    QString otherClientKeyPath() const;

    struct Pickup {
        QString orderId;
        QString storeId;
        QString number;
        QString code;        ///< as printed: display form "K7Q2-M9XD-4HWT" (ok::pickup::normalize it)
        QString compartment; ///< the first compartment; empty = at the counter or awaiting loading
        QStringList compartments;
        QString status;      ///< "ready", "awaiting_pickup"
    };
    /// The seeded orders and their pickup codes (printed by the server only when it seeded).
    QList<Pickup> pickups() const { return m_pickups; }
    struct Customer {
        QString id;        ///< "C00001"
        QString loyaltyId; ///< EAN-13, prefix 298
        QString email;
        QString phone;     ///< "+48601234321"
        qint64 points = 0;
        QString homeStore;
        QString promotions; ///< comma-separated ids, "-" for none
        QString name;
    };
    /// The seeded demo customers (printed by the server only when it seeded).
    QList<Customer> customers() const { return m_customers; }
    /// Everything the server printed on stdout up to "listening on".
    QString startOutput() const { return m_output; }
    /// The server's process id while it runs (0 otherwise): to freeze it with SIGSTOP in a test.
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    struct AdminResult {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Run omnikiosk-central-admin --db <db> ARGS and wait for it.
    AdminResult admin(const QStringList &args) const;
    /// A one-time enrolment code from the admin CLI; empty on failure.
    QString enrolmentCode(const QString &store, const QString &terminal) const;

    static QString serverExecutable();
    static QString adminExecutable();
    static QString makeCertsScript();

private:
    bool makeCerts(QString *error);
    bool prepareDatabase(QString *error);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    QString m_database; ///< a database URL; empty: central.db in m_dir
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_certsMade = false;
    QString m_output;
    QList<Pickup> m_pickups;
    QList<Customer> m_customers;
};

} // namespace ok::test
