// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace ok::sim {

/// A pseudo-terminal for a simulated serial device. The simulator reads and writes `master`; the
/// driver under test opens `slavePath`. We keep a slave descriptor open ourselves, in raw mode:
/// the line discipline then passes binary frames untouched before the driver opens the port, and
/// the master does not hang up while the driver closes and reopens it (a reconnect).
struct Pty {
    int master = -1; ///< non-blocking, close-on-exec
    int slave = -1;
    QString slavePath;
    QString error; ///< why it could not be created (empty on success)
    bool ok() const { return error.isEmpty(); }
};
Pty openPty();

/// Call `onLine` with every complete, trimmed line typed on stdin (the simulators' control
/// interface). When stdin closes, the simulator keeps running (the demo runs them detached).
void readStdinLines(QObject *context, std::function<void(const QString &line)> onLine);

/// One line on stdout, flushed at once: tests and scripts wait for these.
void say(const QString &line);

} // namespace ok::sim
