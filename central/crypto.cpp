// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/crypto.h"

#include "core/pickup.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdio>
#include <cstdlib>

namespace ok::central {

namespace {
constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 symbols, no 0/O, 1/I/L
constexpr unsigned kCodeAlphabetSize = sizeof(kCodeAlphabet) - 1;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// A uniformly drawn symbol of `alphabet` (rejection sampling: bytes at or above the largest
/// multiple of `size` are drawn again, so there is no modulo bias).
char uniformSymbol(const char *alphabet, unsigned size)
{
    const unsigned limit = 256 - 256 % size; // 248 for 31 symbols
    for (;;) {
        const auto b = static_cast<unsigned char>(randomBytes(1)[0]);
        if (b < limit)
            return alphabet[b % size];
    }
}

char codeSymbol()
{
    return uniformSymbol(kCodeAlphabet, kCodeAlphabetSize);
}
} // namespace

std::string toHex(std::string_view bytes)
{
    std::string out;
    out.resize(bytes.size() * 2);
    for (size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[2 * i] = kHexDigits[b >> 4];
        out[2 * i + 1] = kHexDigits[b & 0xF];
    }
    return out;
}

std::string fromHex(std::string_view hex)
{
    if (hex.size() % 2)
        return {};
    std::string out(hex.size() / 2, '\0');
    for (size_t i = 0; i < out.size(); ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        out[i] = char((hi << 4) | lo);
    }
    return out;
}

std::string sha256(std::string_view data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
    return std::string(reinterpret_cast<const char *>(md), len);
}

std::string sha256Hex(std::string_view data)
{
    return toHex(sha256(data));
}

std::string randomBytes(size_t n)
{
    std::string out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(n)) != 1) {
        std::fputs("omnikiosk-central: the OpenSSL random generator failed\n", stderr);
        std::abort();
    }
    return out;
}

std::string enrolmentCode()
{
    std::string code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.push_back('-');
        code.push_back(codeSymbol());
    }
    return code;
}

std::string pickupSymbols(int n)
{
    static_assert(sizeof(pickup::kAlphabet) - 1 == pickup::kAlphabetSize);
    std::string out;
    for (int i = 0; i < n; ++i)
        out.push_back(uniformSymbol(pickup::kAlphabet, pickup::kAlphabetSize));
    return out;
}

std::string peerCertificateSha256(const SSL *ssl)
{
    if (!ssl)
        return {};
    X509 *cert = SSL_get1_peer_certificate(ssl);
    if (!cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    const int ok = X509_digest(cert, EVP_sha256(), md, &len);
    X509_free(cert);
    if (ok != 1)
        return {};
    return toHex(std::string_view(reinterpret_cast<const char *>(md), len));
}

} // namespace ok::central
