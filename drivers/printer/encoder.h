// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/printer/printerprofile.h"
#include "core/receiptdocument.h"

#include <QByteArray>

namespace ok::escpos {

// Renders a ReceiptDocument to the ESC/POS byte stream for one printer profile.
//
// Stream layout: ESC @ (init), FS . if the profile needs it (clones that start in Chinese
// two-byte mode), ESC t with the language's first code table (init does not reset the table on
// every model), then the elements in order. Per text line: ESC a (only when the alignment changes,
// and only at the start of a line), ESC ! (only when the print mode changes), the text with ESC t
// switches where a character needs another table, LF. Rows are laid out to the profile's columns
// for the line's font and width. Barcodes and QR codes set their alignment first; a QR code is sent
// natively (GS ( k) when the profile has native QR, otherwise as a raster image (GS v 0) made with
// libqrencode, shrunk to fit the paper. Images wider than the paper are scaled down to it. Cut is
// feed-then-cut (GS V 41/42 n); without a cutter the paper is fed to the tear bar instead. A
// Code 128 symbol too wide for the paper even at the narrowest module is printed as its text.
//
// Pure function of its inputs: no I/O, no state between calls, safe on any thread.
class Encoder
{
public:
    static QByteArray encode(const ReceiptDocument &document, const PrinterProfile &profile);

    // Lines fed on a printer without a cutter, so the last printed line clears the tear bar.
    static constexpr int kTearOffFeedLines = 4;
};

} // namespace ok::escpos
