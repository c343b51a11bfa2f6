// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pin.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace ok::pin {

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return {};
    const QByteArray utf8 = pin.toUtf8();
    QByteArray out(kVerifierBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

bool verify(const QString &pin, const QByteArray &salt, int iterations, const QByteArray &verifier)
{
    const QByteArray derived = derive(pin, salt, iterations);
    return !derived.isEmpty() && derived.size() == verifier.size()
        && CRYPTO_memcmp(derived.constData(), verifier.constData(), size_t(derived.size())) == 0;
}

} // namespace ok::pin
