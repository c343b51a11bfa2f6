// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/printerstatus.h"

#include <QCoreApplication>

namespace ok::escpos {

PrinterStatus::Condition PrinterStatus::condition() const
{
    if (!known)
        return Condition::Unknown;
    if (unrecoverableError)
        return Condition::UnrecoverableError;
    if (autocutterError)
        return Condition::AutocutterError;
    if (mechanicalError)
        return Condition::MechanicalError;
    const bool noPaper = paperOut || stoppedByPaperEnd;
    if (noPaper && coverOpen)
        return Condition::PaperOutCoverOpen;
    if (noPaper)
        return Condition::PaperOut;
    if (coverOpen)
        return Condition::CoverOpen;
    if (autoRecoverableError)
        return Condition::AutoRecoverableError;
    if (errorOccurred)
        return Condition::Error;
    if (feedButtonPressed)
        return Condition::FeedButton;
    if (!online)
        return Condition::Offline;
    if (paperNearEnd)
        return Condition::PaperNearEnd;
    return Condition::Ready;
}

bool PrinterStatus::canPrint() const
{
    const Condition c = condition();
    return c == Condition::Ready || c == Condition::PaperNearEnd;
}

QString PrinterStatus::message() const
{
    return message(condition());
}

QString PrinterStatus::message(Condition condition)
{
    constexpr auto context = "ok::escpos::PrinterStatus";
    switch (condition) {
    case Condition::Unknown:
        return QCoreApplication::translate(context,
            "No status from the printer yet: check that it is switched on "
            "and connected.");
    case Condition::UnrecoverableError:
        return QCoreApplication::translate(context,
            "The printer has a fault it cannot recover from: switch it off "
            "and on again; if that does not help, call service.");
    case Condition::AutocutterError:
        return QCoreApplication::translate(context,
            "The paper cutter is jammed: open the cover, remove the jammed "
            "paper and close the cover.");
    case Condition::MechanicalError:
        return QCoreApplication::translate(context,
            "The print mechanism is jammed: open the cover, remove any "
            "jammed paper and close the cover firmly.");
    case Condition::PaperOutCoverOpen:
        return QCoreApplication::translate(context,
            "Paper is out: load a new roll; the receipt will print when the "
            "cover is closed.");
    case Condition::PaperOut:
        return QCoreApplication::translate(context,
            "Paper is out: open the cover and load a new roll; the receipt "
            "will print when the cover is closed.");
    case Condition::CoverOpen:
        return QCoreApplication::translate(context, "The printer cover is open: close it to print.");
    case Condition::AutoRecoverableError:
        return QCoreApplication::translate(context,
            "The printer is pausing (for example, the print head is too "
            "hot): printing resumes by itself in a moment.");
    case Condition::Error:
        return QCoreApplication::translate(context,
            "The printer reports an error: open and close the cover; if "
            "that does not help, switch it off and on again.");
    case Condition::FeedButton:
        return QCoreApplication::translate(context, "Paper is being fed with the feed button: release it to print.");
    case Condition::Offline:
        return QCoreApplication::translate(context,
            "The printer is offline: check that it is switched on and "
            "ready.");
    case Condition::PaperNearEnd:
        return QCoreApplication::translate(context, "Paper is running low: have a new roll ready.");
    case Condition::Ready:
        return QCoreApplication::translate(context, "The printer is ready.");
    }
    return {};
}

} // namespace ok::escpos
