// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace ok::escpos {

// What the printer last said about itself, merged from DLE EOT replies and Automatic Status Back
// frames (StatusParser). Each field is the latest report of its own source; a value type.
struct PrinterStatus {
    // The most urgent thing the cashier has to know, most urgent first.
    enum class Condition {
        Unknown, // nothing heard from the printer yet
        UnrecoverableError, // needs a power cycle or service
        AutocutterError, // cutter jammed
        MechanicalError, // print mechanism jammed / head lever open
        PaperOutCoverOpen, // cover open with no paper: the cashier is loading a roll
        PaperOut,
        CoverOpen,
        AutoRecoverableError, // e.g. head overheated: clears by itself
        Error, // "error occurred" without detail (DLE EOT 2 only)
        FeedButton, // paper being fed with the feed button
        Offline, // offline for another reason
        PaperNearEnd, // warning only: printing continues
        Ready,
    };

    bool known = false; // false until the first reply or frame
    bool online = true;
    bool drawerSensorHigh = false; // which level means "drawer open" depends on the drawer
    bool coverOpen = false;
    bool feedButtonPressed = false;
    bool stoppedByPaperEnd = false; // DLE EOT 2 bit5; cleared by a later "paper present" report
    bool errorOccurred = false; // DLE EOT 2 bit6, or any error bit of DLE EOT 3 / ASB
    bool mechanicalError = false;
    bool autocutterError = false;
    bool unrecoverableError = false;
    bool autoRecoverableError = false;
    bool paperNearEnd = false;
    bool paperOut = false; // paper end sensor

    Condition condition() const;
    // True when a receipt sent now would print (paper near end still prints).
    bool canPrint() const;
    // One sentence for the cashier saying what is wrong and what to do, translated (context
    // "ok::escpos::PrinterStatus").
    QString message() const;
    static QString message(Condition condition);

    friend bool operator==(const PrinterStatus &, const PrinterStatus &) = default;
};

} // namespace ok::escpos

Q_DECLARE_METATYPE(ok::escpos::PrinterStatus)
