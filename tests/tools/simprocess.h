// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTest>

#include <initializer_list>

#include <csignal>
#include <sys/prctl.h>

/// A device simulator process for tests: stdout collected (raw in `out`, and as lines), stdin for
/// control lines ("paper out", "scan ean13 ..."), stderr passed through to the test's output, told
/// to quit (then killed) when the test is done. Every wait here waits for a condition (a line from
/// the simulator) with a time limit, never for a fixed time.
class SimProcess
{
public:
    SimProcess(const QString &program, const QStringList &args)
    {
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_proc, &QProcess::readyReadStandardOutput, &m_proc, [this] {
            const QByteArray chunk = m_proc.readAllStandardOutput();
            out += chunk;
            m_partial += chunk;
            qsizetype nl;
            while ((nl = m_partial.indexOf('\n')) >= 0) {
                m_lines.append(QString::fromUtf8(m_partial.left(nl)));
                m_partial.remove(0, nl + 1);
            }
        });
        // A test that crashes runs no destructor: the simulator goes with it instead of staying
        // behind holding its port or pty.
        m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_proc.start(program, args);
    }
    ~SimProcess()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.write("quit\n");
        if (!m_proc.waitForFinished(3000)) {
            m_proc.kill();
            m_proc.waitForFinished(1000);
        }
    }
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    /// True once the program runs (false: missing or not executable).
    bool waitForStarted(int timeoutMs = 5000) { return m_proc.waitForStarted(timeoutMs); }

    /// The rest of the first complete output line starting with prefix (waits up to 5 s).
    QString waitFor(const QByteArray &prefix, int timeoutMs = 5000)
    {
        QString rest;
        (void)QTest::qWaitFor(
            [&] {
                const qsizetype i = out.indexOf(prefix);
                const qsizetype nl = i >= 0 ? out.indexOf('\n', i) : -1;
                if (nl < 0)
                    return false;
                rest = QString::fromUtf8(out.mid(i + prefix.size(), nl - i - prefix.size())).trimmed();
                return true;
            },
            timeoutMs);
        return rest;
    }

    /// Complete output lines so far, without their line ends.
    const QStringList &lines() const { return m_lines; }
    qsizetype lineCount() const { return m_lines.size(); }

    /// The first complete line at index `from` or later that starts with one of `prefixes`, whole;
    /// empty if none came within `timeoutMs`.
    QString waitForLine(std::initializer_list<QString> prefixes, qsizetype from = 0, int timeoutMs = 5000)
    {
        QString found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < m_lines.size(); ++i)
                    for (const QString &prefix : prefixes)
                        if (m_lines.at(i).startsWith(prefix)) {
                            found = m_lines.at(i);
                            return true;
                        }
                return false;
            },
            timeoutMs);
        return found;
    }
    QString waitForLine(const QString &prefix, qsizetype from = 0, int timeoutMs = 5000)
    {
        return waitForLine({ prefix }, from, timeoutMs);
    }

    /// Send a control line and wait for the simulator's answer to it: the first line after it
    /// that starts with one of `answers` ("STATUS", "SAVED", "SENT" ...); empty on timeout.
    QString request(const QByteArray &line, std::initializer_list<QString> answers, int timeoutMs = 5000)
    {
        const qsizetype from = m_lines.size();
        send(line);
        return waitForLine(answers, from, timeoutMs);
    }

    /// A control command of the simulators that acknowledge each command line with "OK <command>"
    /// or "ERR <command> ..." (locker, payment): that line, or "TIMEOUT <command>".
    QString command(const QString &cmd, int timeoutMs = 5000)
    {
        const QString line
            = request(cmd.toUtf8(), { QStringLiteral("OK ") + cmd, QStringLiteral("ERR ") + cmd }, timeoutMs);
        return line.isEmpty() ? QStringLiteral("TIMEOUT ") + cmd : line;
    }

    /// Tell the simulator to quit; true if it did within `timeoutMs` (then the destructor has
    /// nothing left to do).
    bool quit(int timeoutMs = 3000)
    {
        send("quit");
        return m_proc.waitForFinished(timeoutMs);
    }

    void send(const QByteArray &line)
    {
        m_proc.write(line + '\n');
        m_proc.waitForBytesWritten();
    }

    /// Everything the simulator printed on stdout so far.
    QByteArray out;

private:
    QProcess m_proc;
    QByteArray m_partial;
    QStringList m_lines;
};
