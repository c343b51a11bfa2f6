// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_printspooler: queues two receipts for the printer simulator and dies
// (_exit, no clean-up, like a crash or kill -9) the moment the first job's bytes have been handed
// to the operating system, before the printer could confirm it. The ledger is left with that job
// 'sending' and the second one 'queued'.
#include "drivers/device/transports.h"
#include "drivers/printer/escposprinter.h"
#include "core/receiptdocument.h"
#include "services/printspooler.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: spooler_crash_child LEDGER_DB PRINTER_PORT\n");
        return 2;
    }
    auto db = ok::db::openLedger(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    auto profile = ok::escpos::PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
    if (!profile)
        return 4;
    ok::escpos::EscPosPrinter printer(QStringLiteral("receipt"),
                                      std::make_unique<ok::dev::TcpTransport>(QStringLiteral("127.0.0.1"), quint16(QByteArray(argv[2]).toUInt())),
                                      profile.value());
    ok::PrintSpooler spooler(*db.value(), &printer);
    QObject::connect(printer.transport(), &ok::dev::Transport::bytesWritten, &app, [&printer](qint64) {
        if (printer.hasJob()) {
            std::printf("CRASH\n");
            std::fflush(stdout);
            ::_exit(0);
        }
    });
    for (int i = 1; i <= 2; ++i) {
        ok::ReceiptDocument doc(QStringLiteral("pl"));
        doc.addText(QStringLiteral("Paragon %1 przed awarią").arg(i));
        doc.addCut(ok::CutType::Partial, 3);
        if (!spooler.submit(QStringLiteral("receipt"), QStringLiteral("crash-%1").arg(i), QStringLiteral("Receipt %1").arg(i), doc))
            return 5;
    }
    // Start sending only once the printer reported it can print, so job 1 goes out first.
    QObject::connect(&printer, &ok::escpos::EscPosPrinter::printerStatusChanged, &spooler, [&spooler] { spooler.start(); });
    (void)printer.open();
    (void)printer.claim();
    (void)printer.enable();
    QTimer::singleShot(10000, &app, [] { std::fprintf(stderr, "timeout\n"); ::_exit(6); });
    return QCoreApplication::exec();
}
