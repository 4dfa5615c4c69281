"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_AMOUNT = void 0;
exports.money = money;
const catalog_errors_1 = require("./catalog.errors");
/** ISO 4217 active codes accepted for prices. */
const CURRENCIES = new Set(('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF ' +
    'CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG ' +
    'HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA ' +
    'MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD ' +
    'RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX ' +
    'USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL').split(' '));
/** Largest accepted amount in minor units: 10 billion major units, far below Number.MAX_SAFE_INTEGER. */
exports.MAX_AMOUNT = 1_000_000_000_000;
function money(amount, currency) {
    if (!Number.isSafeInteger(amount) || amount < 0 || amount > exports.MAX_AMOUNT) {
        throw new catalog_errors_1.InvalidProductError(`price.amount must be a whole number of minor units between 0 and ${exports.MAX_AMOUNT}`, 'catalog.invalid-price');
    }
    if (!CURRENCIES.has(currency)) {
        throw new catalog_errors_1.InvalidProductError(`price.currency must be an ISO 4217 code such as EUR or USD, got "${currency}"`, 'catalog.invalid-currency');
    }
    return { amount, currency };
}
