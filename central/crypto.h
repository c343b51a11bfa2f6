// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

typedef struct ssl_st SSL;

namespace ok::central {

/// Lowercase hex of raw bytes.
std::string toHex(std::string_view bytes);
/// Raw bytes of a hex string; empty if `hex` is not valid hex of even length.
std::string fromHex(std::string_view hex);

/// SHA-256 of `data`, raw 32 bytes / lowercase hex.
std::string sha256(std::string_view data);
std::string sha256Hex(std::string_view data);

/// `n` bytes from OpenSSL's CSPRNG. Aborts if the generator fails (no safe fallback exists).
std::string randomBytes(size_t n);

/// A human-typed one-time code from an alphabet without 0/O, 1/I/L: "K7Q2-M9XD-4HWT"
/// (12 symbols of 31, ≈ 59 bits).
std::string enrolmentCode();
/// `n` symbols of ok::pickup::kAlphabet, each uniform and independent (OpenSSL's CSPRNG,
/// rejection sampling): a pickup code's locator (2) or secret (10 symbols, ≈ 49.5 bits).
std::string pickupSymbols(int n);

/// Lowercase hex SHA-256 of the DER encoding of the peer's certificate on `ssl`, or empty when
/// there is no connection or the peer sent no certificate.
std::string peerCertificateSha256(const SSL *ssl);

/// FNV-1a, 64 bit, over `data` (the stream checksum of docs/sync-protocol.md).
constexpr uint64_t fnv1a64(std::string_view data)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : data) {
        h ^= uint64_t(static_cast<unsigned char>(c));
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace ok::central
