// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The receipt-printer protocol layer in one include: document model, printer profiles, the
// ESC/POS encoder and the status stream parser (namespace ok::escpos).

#include "drivers/printer/columnlayout.h"
#include "drivers/printer/commands.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/monobitmap.h"
#include "drivers/printer/printerprofile.h"
#include "drivers/printer/printerstatus.h"
#include "core/receiptdocument.h"
#include "drivers/printer/statusparser.h"
#include "drivers/printer/textencoder.h"
