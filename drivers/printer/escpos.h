// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every ESC/POS byte the printer layer sends or recognises, by name (Epson TM class and
// compatibles). Rules and vectors: docs/devices.md#device-rules, D2–D8. Nothing outside this file
// spells a protocol byte as a literal. Bytes are quint8 and are appended to a QByteArray with
// put(): they never pass through a text codec.

#include <QByteArray>
#include <QLoggingCategory>

#include <initializer_list>

namespace ok::escpos {

// Category "omnikiosk.drivers.printer". Status bytes and command bytes may be logged; receipt text
// may not (it can carry customer names or pickup codes).
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)

// --- control characters ---------------------------------------------------------------------
inline constexpr quint8 kLf = 0x0A;
inline constexpr quint8 kEot = 0x04;
inline constexpr quint8 kDle = 0x10;
inline constexpr quint8 kXon = 0x11; // printer -> host: resume sending
inline constexpr quint8 kXoff = 0x13; // printer -> host: stop sending (receive buffer nearly full)
inline constexpr quint8 kEsc = 0x1B;
inline constexpr quint8 kFs = 0x1C;
inline constexpr quint8 kGs = 0x1D;

// --- ESC commands -----------------------------------------------------------------------------
inline constexpr quint8 kEscInitialize = 0x40; // ESC @: does NOT reset the code table on every model
inline constexpr quint8 kEscPrintMode = 0x21; // ESC ! n
inline constexpr quint8 kEscAlign = 0x61; // ESC a n, only honoured at the start of a line
inline constexpr quint8 kEscCodeTable = 0x74; // ESC t n, may be sent anywhere, also mid-line
inline constexpr quint8 kEscFeedLines = 0x64; // ESC d n
inline constexpr quint8 kEscDrawerKick = 0x70; // ESC p m t1 t2

// ESC ! n bits.
inline constexpr quint8 kModeFontB = 0x01;
inline constexpr quint8 kModeBold = 0x08;
inline constexpr quint8 kModeDoubleHeight = 0x10;
inline constexpr quint8 kModeDoubleWidth = 0x20;
inline constexpr quint8 kModeUnderline = 0x80;

// ESC a n values.
inline constexpr quint8 kAlignLeft = 0x00;
inline constexpr quint8 kAlignCentre = 0x01;
inline constexpr quint8 kAlignRight = 0x02;

// ESC p m values and the pulse unit (t1, t2 count 2 ms steps).
inline constexpr quint8 kDrawerPin2 = 0x00;
inline constexpr quint8 kDrawerPin5 = 0x01;
inline constexpr int kDrawerPulseUnitMs = 2;
inline constexpr int kDrawerPulseMaxUnits = 255;
inline constexpr int kDrawerPulseMinUnits = 1;

// --- FS commands ------------------------------------------------------------------------------
inline constexpr quint8 kFsLeaveKanjiMode = 0x2E; // FS . : leave Chinese two-byte mode (clones)

// --- Star-style code table: ESC GS t n ----------------------------------------------------------
inline constexpr quint8 kStarCodeTable = 0x74; // follows ESC GS

// --- GS commands ------------------------------------------------------------------------------
inline constexpr quint8 kGsCut = 0x56; // GS V m n
inline constexpr quint8 kCutFullAfterFeed = 0x41; // m = 65: feed n, then full cut
inline constexpr quint8 kCutPartialAfterFeed = 0x42; // m = 66: feed n, then partial cut

inline constexpr quint8 kGsRaster = 0x76; // GS v 0 m xL xH yL yH data
inline constexpr quint8 kRasterFunction = 0x30; // '0'
inline constexpr quint8 kRasterModeNormal = 0x00; // m = 0: normal density
// Tall images are sent in bands: clones with small receive buffers drop the end of one huge
// GS v 0 block, and a band boundary prints without a visible seam.
inline constexpr int kRasterBandRows = 1024;

inline constexpr quint8 kGsBarcode = 0x6B; // GS k m n data
inline constexpr quint8 kBarcodeEan13 = 0x43; // m = 67
inline constexpr quint8 kBarcodeCode128 = 0x49; // m = 73, data starts with {B or {C
inline constexpr quint8 kEan13Length = 0x0D; // n = 13 digits
inline constexpr quint8 kGsHriPosition = 0x48; // GS H n
inline constexpr quint8 kGsBarcodeHeight = 0x68; // GS h n (dots)
inline constexpr quint8 kGsBarcodeWidth = 0x77; // GS w n (module width in dots)
inline constexpr quint8 kHriNone = 0x00;
inline constexpr quint8 kHriAbove = 0x01;
inline constexpr quint8 kHriBelow = 0x02;
inline constexpr quint8 kCode128Escape = 0x7B; // '{': starts a code-set switch; "{{" is a literal '{'
inline constexpr quint8 kCode128SetB = 0x42; // 'B'
inline constexpr quint8 kCode128SetC = 0x43; // 'C'
inline constexpr int kCode128MaxLength = 255; // n is one byte

inline constexpr quint8 kGsTwoDimensional = 0x28; // GS ( k pL pH cn fn ...
inline constexpr quint8 kTwoDimQr = 0x6B; // 'k'
inline constexpr quint8 kQrCn = 0x31; // cn = 49: QR Code
inline constexpr quint8 kQrFnModel = 0x41; // fn 65
inline constexpr quint8 kQrModel2 = 0x32;
inline constexpr quint8 kQrModelTerminator = 0x00;
inline constexpr quint8 kQrFnModuleSize = 0x43; // fn 67
inline constexpr quint8 kQrFnErrorLevel = 0x45; // fn 69
inline constexpr quint8 kQrLevelL = 0x30; // 30 L, 31 M, 32 Q, 33 H
inline constexpr quint8 kQrFnStore = 0x50; // fn 80
inline constexpr quint8 kQrFnPrint = 0x51; // fn 81
inline constexpr quint8 kQrM = 0x30; // m = 48 for store and print
inline constexpr int kQrStoreOverhead = 3; // pL + 256 pH = data length + 3 (cn fn m)
inline constexpr int kQrMinModuleSize = 1;
inline constexpr int kQrMaxModuleSize = 16;

inline constexpr quint8 kGsAutomaticStatusBack = 0x61; // GS a n
// GS a n bits: 0 drawer, 1 online/offline, 2 error, 3 paper sensor.
inline constexpr quint8 kAsbAll = 0x0F;

// --- status -----------------------------------------------------------------------------------
// DLE EOT n reply: valid iff (b & kStatusReplyMask) == kStatusReplyPattern (bit1, bit4 set;
// bit0, bit7 clear).
inline constexpr quint8 kStatusReplyMask = 0x93;
inline constexpr quint8 kStatusReplyPattern = 0x12;
// ASB frame: 4 bytes; the first matches (b & kAsbHeaderMask) == kAsbHeaderPattern, the other
// three have kAsbFixedBit clear.
inline constexpr quint8 kAsbHeaderMask = 0x93;
inline constexpr quint8 kAsbHeaderPattern = 0x10;
inline constexpr quint8 kAsbFixedBit = 0x10;
inline constexpr int kAsbFrameLength = 4;

// DLE EOT 1 (printer status).
inline constexpr quint8 kStatus1DrawerHigh = 0x04; // drawer connector pin 3 level; polarity is the drawer's
inline constexpr quint8 kStatus1Offline = 0x08;
// DLE EOT 2 (offline cause).
inline constexpr quint8 kStatus2CoverOpen = 0x04;
inline constexpr quint8 kStatus2FeedButton = 0x08;
inline constexpr quint8 kStatus2StoppedByPaperEnd = 0x20;
inline constexpr quint8 kStatus2Error = 0x40;
// DLE EOT 3 (error cause); ASB byte 2 uses the same bits.
inline constexpr quint8 kStatus3MechanicalError = 0x04;
inline constexpr quint8 kStatus3AutocutterError = 0x08;
inline constexpr quint8 kStatus3UnrecoverableError = 0x20;
inline constexpr quint8 kStatus3AutoRecoverableError = 0x40;
// DLE EOT 4 (paper sensor): either bit of a pair counts (models set one or both).
inline constexpr quint8 kStatus4PaperNearEnd = 0x0C;
inline constexpr quint8 kStatus4PaperEnd = 0x60;
// ASB byte 1.
inline constexpr quint8 kAsb1DrawerHigh = 0x04;
inline constexpr quint8 kAsb1Offline = 0x08;
inline constexpr quint8 kAsb1CoverOpen = 0x20;
// Only Epson's ASB table has it ("paper being fed by the paper feed button"): unverified, see
// docs/devices.md#d5-status-replies-and-asb-frames.
inline constexpr quint8 kAsb1FeedButton = 0x40;
// ASB byte 3.
inline constexpr quint8 kAsb3PaperNearEnd = 0x03;
inline constexpr quint8 kAsb3PaperEnd = 0x0C;

// Appends raw protocol bytes. The only way command bytes enter an output buffer.
inline void put(QByteArray &out, std::initializer_list<quint8> bytes)
{
    for (const quint8 b : bytes)
        out.append(static_cast<char>(b));
}

} // namespace ok::escpos
