// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The two official letters a problem can need, laid out after GB/T 9704 (portrait A4, 2号 title,
// 3号 body, the number line 法院〔2026〕12号 under the title, the addressee, the text, the issuing
// unit and date at the right), each with a reply section on its own page for the addressee to
// fill in and send back:
// - the transfer letter (交办单) sending a problem outside the political-legal remit to a
//   district department, from the problem's latest transfer;
// - the supervision order (督办单) pressing whoever handles it, from one of its orders.
#pragma once

#include <optional>

#include <QCoreApplication>

#include "core/domain/problem.h"
#include "core/reports/document.h"
#include "core/result.h"

namespace lp::storage {
class Database;
}

namespace lp::reports {

class ProblemLetters final {
    Q_DECLARE_TR_FUNCTIONS(ProblemLetters)
public:
    // NotFound when the problem was never transferred.
    static Result<Document> transferLetter(storage::Database& database,
                                           const domain::Problem& problem);
    // The order numbered `number`, or the latest one; NotFound when the problem has no order or
    // none with that number (the message lists the problem's orders).
    static Result<Document> supervisionOrder(storage::Database& database,
                                             const domain::Problem& problem,
                                             std::optional<domain::DocumentNumber> number = {});
    // "2026-3" (or 〔2026〕3号) as a document number; nullopt when it is neither.
    [[nodiscard]] static std::optional<domain::DocumentNumber> parseNumber(const QString& text);
};

} // namespace lp::reports
