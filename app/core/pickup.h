// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Pickup codes and pickup tokens of click-and-collect orders (docs/pickup.md): one
// implementation for the kiosk that checks them, the central service that makes them and the
// demo-data generator.

namespace ok::pickup {

/// 31 symbols: digits and capitals without 0/O, 1/I/L, which people confuse on a phone screen.
inline constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kAlphabetSize = 31;
/// A code is a 2-symbol locator (not secret: it tells the terminal which order's verifier to
/// check, so a guess costs one slow derivation, not one per order) and a 10-symbol secret
/// (10 × log2(31) ≈ 49.5 bits), shown as "K7Q2-M9XD-4HWT".
inline constexpr int kLocatorLength = 2;
inline constexpr int kSecretLength = 10;
inline constexpr int kCodeLength = kLocatorLength + kSecretLength;
/// PBKDF2-HMAC-SHA256 rounds of new verifiers (the PIN verifier's bounds apply: 10k to 1M).
inline constexpr int kDefaultIterations = 150'000;

bool isSymbol(QChar c);
/// The code as typed or scanned, upper-cased, spaces and dashes removed; nullopt unless it is
/// exactly kCodeLength symbols of the alphabet.
std::optional<QString> normalize(const QString &typed);
/// "K7Q2M9XD4HWT" → "K7Q2-M9XD-4HWT" (any length, groups of four).
QString display(const QString &code);
/// The first kLocatorLength symbols of a normalized code.
QString locatorOf(const QString &code);

/// The verifier of a normalized code: PBKDF2-HMAC-SHA256(code, salt, iterations), 32 bytes;
/// empty when the iterations are out of bounds.
QByteArray verifier(const QString &code, const QByteArray &salt, int iterations);
/// Constant-time check of a normalized code against a verifier.
bool verify(const QString &code, const QByteArray &salt, int iterations, const QByteArray &verifier);

/// A signed pickup token, the content of the QR code in the customer's message:
/// "OKP1:<order id>:<store id>:<expires at, unix s>:<Ed25519 signature, base64url>". The
/// signature covers tokenMessage(); the terminal holds only the public key.
struct Token {
    QString orderId;
    QString storeId;
    qint64 expiresAt = 0;
    QByteArray signature; ///< 64 bytes
};
inline constexpr char kTokenPrefix[] = "OKP1:";

/// Does `text` look like a token at all (the prefix)? A scan that does is never tried as a code.
bool looksLikeToken(const QString &text);
/// Parse a scanned token; nullopt when malformed (wrong prefix, field count, id characters,
/// signature length).
std::optional<Token> parseToken(const QString &text);
QString formatToken(const Token &t);
/// The bytes signed: "omnikiosk-pickup-v1\n<order>\n<store>\n<expires>".
QByteArray tokenMessage(const QString &orderId, const QString &storeId, qint64 expiresAt);
/// Ed25519 signature of `message` with a 32-byte raw private key; empty on failure.
QByteArray sign(const QByteArray &message, const QByteArray &privateKey);
/// Does `t` carry a valid Ed25519 signature by the holder of the 32-byte raw `publicKey`?
bool verifyToken(const Token &t, const QByteArray &publicKey);
/// The 32-byte raw public key of a 32-byte raw private key; empty on failure.
QByteArray publicKeyOf(const QByteArray &privateKey);
/// A fresh 32-byte raw Ed25519 private key from OpenSSL's CSPRNG.
QByteArray generatePrivateKey();

} // namespace ok::pickup
