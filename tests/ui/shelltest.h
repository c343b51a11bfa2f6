// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The product's own terminal and shell for a UI test: the same TerminalApp main.cpp runs.

#include "services/config.h"
#include "terminalapp.h"

#include <QQuickWindow>
#include <QTest>

#include <memory>

namespace ok::test {

/// Build the terminal from `config`, load Main.qml and wait until its window is exposed.
/// "" on success, else what stopped it (for QVERIFY2).
inline QString startShell(const Config &config, TerminalApp::Options options, std::unique_ptr<TerminalApp> &app,
                          QQuickWindow *&window)
{
    auto made = TerminalApp::create(config, options);
    if (!made)
        return made.error().message;
    app = std::move(made).value();
    auto shell = app->loadShell();
    if (!shell)
        return shell.error().message;
    window = shell.value();
    return QTest::qWaitForWindowExposed(window) ? QString() : QStringLiteral("the shell's window was never exposed");
}

} // namespace ok::test
