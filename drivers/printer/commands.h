// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for single ESC/POS commands. Each returns the exact bytes of one command (or one
// fixed sequence, such as the five commands of a native QR code); none of them knows about
// printer profiles or text encoding. The Encoder composes them. Byte values live in escpos.h.

#include "core/result.h"
#include "core/receiptdocument.h"
#include "drivers/printer/monobitmap.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace ok::escpos {

// The ESC/POS layer encodes the core receipt model (core/receiptdocument.h): its vocabulary is
// the model's.
using ok::Alignment;
using ok::CutType;
using ok::DrawerPin;
using ok::Font;
using ok::HriPosition;
// How the code table is selected: ESC t n (Epson and most clones) or ESC GS t n (Star).
enum class CodeTableCommand : quint8 { EscT, StarEscGsT };

// DLE EOT n: which real-time status byte to ask for.
enum class StatusRequest : quint8 {
    PrinterStatus = 1, // offline, drawer sensor
    OfflineCause = 2, // cover open, feed button, stopped by paper end, error
    ErrorCause = 3, // mechanical, autocutter, unrecoverable, auto-recoverable
    PaperSensor = 4, // paper near end, paper end
};

namespace command {

QByteArray initialize(); // 1B 40
QByteArray leaveChineseMode(); // 1C 2E
// 1B 74 n, or 1B 1D 74 n for Star. n is the profile's number for the table.
QByteArray selectCodeTable(quint8 table, CodeTableCommand style = CodeTableCommand::EscT);
QByteArray printMode(quint8 modeBits); // 1B 21 n, bits kMode* from escpos.h
QByteArray align(Alignment alignment); // 1B 61 n
QByteArray feedLines(int lines); // 1B 64 n, clamped to 0..255

// 1D 56 41 n (full) / 1D 56 42 n (partial): feed to the cutter plus n motion units, then cut.
// The feed-then-cut form never cuts through the last printed line. n is clamped to 0..255.
QByteArray cut(CutType type, int feedUnits = 0);

// 1B 70 m t1 t2. The pulse times are given in ms and sent in 2 ms units, rounded to nearest and
// clamped to 1..255 units (2..510 ms): 0 would mean "no pulse" on some models and a drawer that
// silently never opens.
QByteArray drawerKick(DrawerPin pin, int onMs, int offMs);

// 1D 76 30 00 xL xH yL yH data, one command per band of at most kRasterBandRows rows.
// Empty for a null bitmap.
QByteArray rasterImage(const MonoBitmap &bitmap);

// 1D 48 n, 1D 68 n, 1D 77 n: HRI position, bar height in dots (1..255), module width (2..6).
QByteArray barcodeSetup(HriPosition hri, int heightDots, int moduleWidth);

// 1D 6B 43 0D d1..d13. `digits` must be 13 ASCII digits (checked by ReceiptDocument); anything
// else gives an empty array.
QByteArray ean13(QByteArrayView digits);

// 1D 6B 49 n data, with data as made by code128Data(). Empty if data is empty or > 255 bytes.
QByteArray code128(QByteArrayView data);

// Turns printable ASCII (0x20..0x7E) into Epson CODE128 data: "{B" + characters ('{' doubled) and
// "{C" + one byte 0..99 per digit pair, choosing the shorter symbol by the usual rules for minimising
// Code 128 length: start in C for 4 or more leading digits (or exactly 2 digits), switch
// B->C for a run of 6 or more digits inside the data or 4 or more at its end, an odd digit run
// leaves its first digit in B. Fails on other characters or when the result exceeds 255 bytes.
Result<QByteArray> code128Data(QStringView text);

// Number of modules (narrow bar widths) of the symbol code128Data() describes, quiet zones
// excluded: 11 per symbol character (start, data, switches, check) plus 13 for the stop.
int code128Modules(QByteArrayView data);

// The native QR sequence: model 2, module size, error level, store, print (golden vector:
// docs/devices.md#d2-protocol-bytes-by-name).
// moduleSize is clamped to 1..16. Empty if data is empty or longer than 65535 - 3 bytes.
QByteArray qrCode(QByteArrayView data, int moduleSize, QrErrorLevel level);

QByteArray realTimeStatus(StatusRequest request); // 10 04 n
// 1D 61 n: enable Automatic Status Back for the bits in n (0 disables). Epson bits: 0 drawer,
// 1 online/offline, 2 error, 3 paper sensor. 0x0F asks for everything.
QByteArray automaticStatusBack(quint8 mask);

} // namespace command
} // namespace ok::escpos
