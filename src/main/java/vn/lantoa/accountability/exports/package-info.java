/**
 * Official-format exports of the accountability module: a document model of a report in the layout
 * of Decree 30/2020/NĐ-CP ({@link vn.lantoa.accountability.exports.document}), its .docx and .pdf
 * renderers and the .xlsx writer of the tabular model ({@link vn.lantoa.accountability.exports.render}),
 * each union's document settings and number register ({@link vn.lantoa.accountability.exports.settings}),
 * and the exports page with the content builders ({@link vn.lantoa.accountability.exports.web}).
 */
package vn.lantoa.accountability.exports;
