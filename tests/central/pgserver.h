// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper (library omnikiosk_test_central): a real PostgreSQL 15 server of its own in a
// temporary directory (initdb, then postgres), listening only on a unix socket in that
// directory, trust authentication, superuser "postgres". Run as root (CI), the server runs as
// the user nobody: initdb and postgres refuse root. The server stops when the object is
// destroyed, or with the test process (parent-death signal).
//
//     QString error;
//     ok::test::PgServer *pg = ok::test::PgServer::shared(&error); // one per test executable
//     const QString url = pg->createDatabase(&error);             // postgresql:///t1?host=...
//
// The binaries: $OMNIKIOSK_PG_BIN, else /usr/lib/postgresql/15/bin.

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include <sys/types.h>

namespace ok::test {

class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// initdb and start; false with `error` set when it cannot.
    bool start(QString *error);
    void stop();

    /// A fresh empty database; its URL ("postgresql:///t3?host=DIR&user=postgres"), empty on failure.
    QString createDatabase(QString *error);
    /// The URL of database `name`.
    QString url(const QString &name) const;
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }

    /// The server of this test executable, started on first use; nullptr (and `error`) when it cannot start.
    static PgServer *shared(QString *error);
    /// Is PostgreSQL asked for (OMNIKIOSK_TEST_CENTRAL_STORE=postgresql)?
    static bool requested();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    pid_t m_pid = 0;
    int m_databases = 0;
};

} // namespace ok::test
