// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTest>

#include <optional>

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

    /// The rest of the first complete output line starting with prefix (waits up to 5 s for it;
    /// empty when it did not come).
    QString waitFor(const QByteArray &prefix)
    {
        const auto line = [this, &prefix]() -> std::optional<QString> {
            const qsizetype i = out.indexOf(prefix);
            if (i < 0 || out.indexOf('\n', i) <= i)
                return std::nullopt;
            return QString::fromUtf8(out.mid(i + prefix.size(), out.indexOf('\n', i) - i - prefix.size())).trimmed();
        };
        // The output arrives through the event loop (readyReadStandardOutput), which qWaitFor runs.
        if (!QTest::qWaitFor([&line] { return line().has_value(); }, 5000))
            return {};
        return line().value_or(QString());
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
