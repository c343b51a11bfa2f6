// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `omnikiosk` does besides running the kiosk: choose a display, check its own QML
// (--self-test), measure its start (--measure-startup), list the devices (--devices).

#include "services/config.h"

#include <QElapsedTimer>

class QQmlApplicationEngine;
class QQuickWindow;

namespace ok::launcher {

bool hasArg(int argc, char **argv, const char *name);

/// Before QGuiApplication: without a display, say so and serve the screen over VNC instead of
/// failing silently; --self-test and --measure-startup run offscreen.
void choosePlatform(int argc, char **argv);

/// From now on, collect QML warnings (for the self-test, where any warning fails).
void collectQmlWarnings();

/// --self-test: compile every QML file of the module, then show the shell for a few frames.
/// --measure-startup: print time to first frame and resident memory. Both then quit with the
/// exit code (0, or TerminalApp::Qml on failure). Call after loading the shell.
void checkAfterFirstFrame(QQmlApplicationEngine &engine, QQuickWindow *window, bool measure, const QElapsedTimer &sinceStart);

/// --devices: start the configured devices, wait up to 3 s for them, print their health.
/// 0 when all are online, 1 otherwise.
int listDevices(const Config &config);

/// --stay-on-error: the terminal could not start. Show `message` full screen for the engineer
/// (what failed and what to do, in the store's language where the configuration was read), tell
/// systemd (READY with the message as STATUS, then feed the watchdog: restarting would only show
/// the same error), and wait until the service is stopped. Returns `exitCode` when it ends.
int showStartError(const Config &config, const QString &message, int exitCode);

} // namespace ok::launcher
