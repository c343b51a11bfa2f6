// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ok {

// How much of a product a basket line holds. Integer only: pieces are a count, weighed goods are
// grams from the scale (their price is per kilogram). A valid line quantity is > 0.
struct Quantity {
    enum class Unit {
        Piece, // value = number of pieces
        Gram,  // value = grams; unit price is per kg
    };
    qint64 value = 0;
    Unit unit = Unit::Piece;

    static constexpr Quantity pieces(qint64 count) { return {count, Unit::Piece}; }
    static constexpr Quantity grams(qint64 weight) { return {weight, Unit::Gram}; }

    friend bool operator==(const Quantity &, const Quantity &) = default;
};

} // namespace ok
