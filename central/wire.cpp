// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/wire.h"

#include "central/crypto.h"

#include <charconv>
#include <cstdio>

namespace ok::central::wire {

namespace {
constexpr char kHex[] = "0123456789abcdef";

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}
} // namespace

void appendString(std::string &out, std::string_view s)
{
    out.push_back('"');
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!needsEscape(c))
            continue;
        out.append(s.data() + start, i - start);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
        start = i + 1;
    }
    out.append(s.data() + start, s.size() - start);
    out.push_back('"');
}

void appendInt(std::string &out, qint64 v)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(res.ptr - buf));
}

void appendHexString(std::string &out, std::string_view bytes)
{
    out.push_back('"');
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 0xF]);
    }
    out.push_back('"');
}

// ------------------------------------------------------------------ PageWriter

void PageWriter::begin()
{
    if (!m_first)
        m_out.push_back(',');
    m_first = false;
}

void PageWriter::taxClass(const TaxClassView &r)
{
    begin();
    m_out.append(R"({"type":"tax_class","code":)");
    appendString(m_out, r.code);
    m_out.append(R"(,"rate_bp":)");
    appendInt(m_out, r.rateBasisPoints);
    m_out.append(R"(,"label":)");
    appendString(m_out, r.label);
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

void PageWriter::location(const LocationView &r)
{
    begin();
    m_out.append(R"({"type":"location","id":)");
    appendString(m_out, r.id);
    m_out.append(R"(,"kind":)");
    appendString(m_out, r.kind);
    m_out.append(R"(,"name":)");
    appendString(m_out, r.name);
    if (!r.city.empty()) { // optional: absent = none (the online location)
        m_out.append(R"(,"city":)");
        appendString(m_out, r.city);
    }
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

void PageWriter::product(const ProductView &r)
{
    begin();
    m_out.append(R"({"id":)");
    appendInt(m_out, r.id);
    m_out.append(R"(,"sku":)");
    appendString(m_out, r.sku);
    m_out.append(R"(,"tax_class":)");
    appendString(m_out, r.taxClass);
    m_out.append(R"(,"unit":)");
    appendString(m_out, r.unit);
    m_out.append(r.active ? R"(,"active":true,"names":)" : R"(,"active":false,"names":)");
    m_out.append(r.namesJson.empty() ? std::string_view("{}") : r.namesJson); // stored as valid JSON
    m_out.append(R"(,"barcodes":)");
    m_out.append(r.barcodesJson.empty() ? std::string_view("[]") : r.barcodesJson);
    // Variant and search attributes are optional: absent = empty / 0, so a catalog without them
    // costs nothing on the wire.
    if (!r.brand.empty()) {
        m_out.append(R"(,"brand":)");
        appendString(m_out, r.brand);
    }
    if (!r.model.empty()) {
        m_out.append(R"(,"model":)");
        appendString(m_out, r.model);
    }
    if (!r.size.empty()) {
        m_out.append(R"(,"size":)");
        appendString(m_out, r.size);
    }
    if (!r.colourJson.empty()) {
        m_out.append(R"(,"colour":)");
        m_out.append(r.colourJson); // stored as a JSON object written by us
    }
    if (r.popularity > 0) {
        m_out.append(R"(,"popularity":)");
        appendInt(m_out, r.popularity);
    }
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

void PageWriter::price(const PriceView &r)
{
    begin();
    m_out.append(R"({"product_id":)");
    appendInt(m_out, r.productId);
    m_out.append(R"(,"valid_from":)");
    appendInt(m_out, r.validFrom);
    m_out.append(R"(,"valid_to":)");
    if (r.validTo)
        appendInt(m_out, *r.validTo);
    else
        m_out.append("null");
    m_out.append(R"(,"amount":)");
    appendInt(m_out, r.amount);
    m_out.append(R"(,"currency":)");
    appendString(m_out, r.currency);
    if (!r.promotion.empty()) { // a channel promotion: the web shop charges the same
        m_out.append(R"(,"promotion":)");
        appendString(m_out, r.promotion);
        if (r.regularAmount) {
            m_out.append(R"(,"regular_amount":)");
            appendInt(m_out, *r.regularAmount);
        }
    }
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

void PageWriter::stock(const StockView &r)
{
    begin();
    m_out.append(R"({"product_id":)");
    appendInt(m_out, r.productId);
    m_out.append(R"(,"location_id":)");
    appendString(m_out, r.locationId);
    m_out.append(R"(,"on_hand":)");
    appendInt(m_out, r.onHand);
    m_out.append(R"(,"reserved":)");
    appendInt(m_out, r.reserved);
    m_out.append(R"(,"in_transit":)");
    appendInt(m_out, r.inTransit);
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

void PageWriter::order(const OrderView &r)
{
    begin();
    m_out.append(R"({"id":)");
    appendString(m_out, r.id);
    m_out.append(R"(,"number":)");
    appendString(m_out, r.number);
    m_out.append(R"(,"customer_first_name":)");
    appendString(m_out, r.customerFirstName);
    m_out.append(R"(,"contact_masked":)");
    appendString(m_out, r.contactMasked);
    m_out.append(R"(,"pickup_salt":)");
    appendHexString(m_out, r.pickupSalt);
    m_out.append(R"(,"pickup_verifier":)");
    appendHexString(m_out, r.pickupVerifier);
    m_out.append(R"(,"compartment":)");
    if (r.compartment)
        appendString(m_out, *r.compartment);
    else
        m_out.append("null");
    // Every parcel's compartment (compartment is the first); stored as JSON written by us.
    m_out.append(R"(,"compartments":)");
    m_out.append(r.compartmentsJson.empty() ? std::string_view("[]") : r.compartmentsJson);
    // Orders from before pickup locators (iterations 0) have a verifier no kiosk can check:
    // no locator, no iterations, and the kiosk leaves them to staff.
    if (r.pickupIterations > 0 && !r.pickupLocator.empty()) {
        m_out.append(R"(,"pickup_locator":)");
        appendString(m_out, r.pickupLocator);
        m_out.append(R"(,"pickup_iterations":)");
        appendInt(m_out, r.pickupIterations);
    } else {
        m_out.append(R"(,"pickup_locator":null)");
    }
    m_out.append(R"(,"parcels":)");
    appendInt(m_out, r.parcels);
    m_out.append(r.idCheck ? R"(,"id_check":true)" : R"(,"id_check":false)");
    m_out.append(R"(,"status":)");
    appendString(m_out, r.status);
    m_out.append(R"(,"expires_at":)");
    appendInt(m_out, r.expiresAt);
    m_out.append(R"(,"total":)");
    appendInt(m_out, r.total);
    m_out.append(R"(,"currency":)");
    appendString(m_out, r.currency);
    m_out.append(R"(,"lines":)");
    m_out.append(r.linesJson.empty() ? std::string_view("[]") : r.linesJson);
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

void PageWriter::staff(const StaffView &r)
{
    begin();
    m_out.append(R"({"id":)");
    appendString(m_out, r.id);
    m_out.append(R"(,"name":)");
    appendString(m_out, r.name);
    m_out.append(R"(,"role":)");
    appendString(m_out, r.role);
    m_out.append(R"(,"store_id":)");
    if (r.storeId)
        appendString(m_out, *r.storeId);
    else
        m_out.append("null");
    m_out.append(R"(,"pin_salt":)");
    appendHexString(m_out, r.pinSalt);
    m_out.append(R"(,"pin_iterations":)");
    appendInt(m_out, r.pinIterations);
    m_out.append(R"(,"pin_verifier":)");
    appendHexString(m_out, r.pinVerifier);
    m_out.append(r.active ? R"(,"active":true)" : R"(,"active":false)");
    m_out.append(R"(,"language":)");
    appendString(m_out, r.language);
    m_out.append(R"(,"version":)");
    appendInt(m_out, r.version);
    m_out.push_back('}');
}

// ------------------------------------------------------------------ ChecksumVisitor

void ChecksumVisitor::add(std::string_view key, qint64 version)
{
    m_buf.assign(key);
    m_buf.push_back('|');
    appendInt(m_buf, version);
    m_sum += fnv1a64(m_buf); // unsigned: wraps modulo 2^64
    ++m_count;
}

void ChecksumVisitor::taxClass(const TaxClassView &r)
{
    add(std::string("tax_class:").append(r.code), r.version);
}

void ChecksumVisitor::location(const LocationView &r)
{
    add(std::string("location:").append(r.id), r.version);
}

void ChecksumVisitor::product(const ProductView &r)
{
    std::string key;
    appendInt(key, r.id);
    add(key, r.version);
}

void ChecksumVisitor::price(const PriceView &r)
{
    std::string key;
    appendInt(key, r.productId);
    key.push_back('|');
    appendInt(key, r.validFrom);
    add(key, r.version);
}

void ChecksumVisitor::stock(const StockView &r)
{
    std::string key;
    appendInt(key, r.productId);
    key.push_back('|');
    key.append(r.locationId);
    add(key, r.version);
}

void ChecksumVisitor::order(const OrderView &r)
{
    add(r.id, r.version);
}

void ChecksumVisitor::staff(const StaffView &r)
{
    add(r.id, r.version);
}

std::string checksumHex(uint64_t sum)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(sum));
    return std::string(buf, 16);
}

std::string rowKeyString(std::string_view key, qint64 version)
{
    std::string s(key);
    s.push_back('|');
    appendInt(s, version);
    return s;
}

} // namespace ok::central::wire
