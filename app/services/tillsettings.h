// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"
#include "core/tax.h"
#include "drivers/scanner/scannerconfig.h"
#include "services/translations.h"

#include <QList>
#include <QString>

namespace ok {

/// What the cashier's services need to know about the store and the terminal ([store] and [pos]
/// of the configuration).
struct TillSettings {
    QString storeId;
    QString storeName;
    QString terminalId;
    QString language;                 ///< the store's locale ("pl_PL"): number and date format on paper
    Wording storeWording;             ///< the store's language: receipts and reports
    Currency currency;
    TaxPolicy taxPolicy;
    int discountLimitBp = 1000;       ///< discounts above this (percent, or share of the gross) need approval
    QList<scanner::VariableMeasureLayout> variableMeasure; ///< in-store weight / price labels
};

} // namespace ok
