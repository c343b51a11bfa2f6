// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

/// A device simulator process for tests: stdout collected, stdin for control lines ("paper out",
/// "scan ean13 ..."), told to quit (then killed) when the test is done.
class SimProcess
{
public:
    SimProcess(const QString &program, const QStringList &args)
    {
        QObject::connect(&m_proc, &QProcess::readyReadStandardOutput, &m_proc, [this] { out += m_proc.readAllStandardOutput(); });
        m_proc.start(program, args);
    }
    ~SimProcess()
    {
        m_proc.write("quit\n");
        if (!m_proc.waitForFinished(3000))
            m_proc.kill();
    }
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    /// The rest of the first complete output line starting with prefix (waits up to 5 s).
    QString waitFor(const QByteArray &prefix)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            const qsizetype i = out.indexOf(prefix);
            if (i >= 0 && out.indexOf('\n', i) > i)
                return QString::fromUtf8(out.mid(i + prefix.size(), out.indexOf('\n', i) - i - prefix.size())).trimmed();
            QTest::qWait(10);
        }
        return {};
    }
    void send(const QByteArray &line)
    {
        m_proc.write(line + '\n');
        m_proc.waitForBytesWritten();
    }
    QByteArray out;

private:
    QProcess m_proc;
};
