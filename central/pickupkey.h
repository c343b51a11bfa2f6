// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The central service's pickup signing key (docs/central.md, "Pickup codes and tokens"): an
// Ed25519 private key, raw 32 bytes, kept as 64 lowercase hex digits and a newline in
// `<directory of central.db>/pickup-signing.key` with mode 0600. Whichever process needs it first
// creates it; terminals pin its public half ([central] pickup_key) and check QR tokens offline.

#include "central/store.h"

#include <QByteArray>
#include <QString>

namespace ok::central {

inline constexpr char kPickupKeyFileName[] = "pickup-signing.key";

/// `<directory of dbPath>/pickup-signing.key`, absolute; for a postgresql:// URL, in the current directory.
QString pickupKeyPath(const QString &dbPath);

/// The raw 32-byte private key of the database at `dbPath`. A missing file is created (a fresh
/// key from OpenSSL's CSPRNG, written to a temporary file and linked into place, so two processes
/// racing end up with the same key and nobody reads a half-written file). A file that is not
/// exactly 64 hex digits (and an optional newline), or that others may read, is an error naming
/// the file: it is never replaced, since every terminal pins the key's public half.
Result<QByteArray> loadPickupKey(const QString &dbPath);

/// The signed pickup token of an order with its current expiry ("OKP1:..."). Ed25519 signatures
/// are deterministic: the same order and expiry give the same token.
std::string pickupToken(const Order &o, const QByteArray &privateKey);

} // namespace ok::central
