#pragma once

// A demo-shaped project with drafts seeded as the SIT would send them, for the participation tests.

#include "editgateway.h"
#include "participation.h"
#include "project.h"
#include "testsupport.h"

#include <QDate>

namespace territori::testing {

struct ParticipationFixture
{
    QTemporaryDir tmp;
    std::unique_ptr<store::Project> project;
    std::unique_ptr<store::EditGateway> gateway;

    ParticipationFixture()
    {
        project = store::Project::create(tmp.path() + QStringLiteral("/p"), demoDefinition());
        gateway = std::make_unique<store::EditGateway>(*project, store::EditContext{"tester", "tablet"});
    }

    // One paragraph of a draft version, with its comment window (days relative to today).
    void paragraph(const QString &draft, int version, const QString &section, const QString &id, int order,
                   const QString &title, const QString &text, int opensInDays = -10, int closesInDays = 30,
                   const store::Geometry &place = store::Geometry())
    {
        store::NewFeature nf;
        nf.uuid = QStringLiteral("%1-v%2-%3").arg(draft).arg(version).arg(id);
        nf.geometry = place;
        nf.attributes = {{"bozza", draft},
                         {"strategia", draft == "STTM2" ? "sttm2" : draft == "STTM3" ? "sttm3" : "sttm1"},
                         {"versione", version},
                         {"sezione", section},
                         {"paragrafo", id},
                         {"ordine", order},
                         {"titolo", title},
                         {"testo", text},
                         {"apertura", QDate::currentDate().addDays(opensInDays)},
                         {"chiusura", QDate::currentDate().addDays(closesInDays)}};
        const store::EditResult r = gateway->seed(core::participation::drafts, nf, 10);
        Q_ASSERT_X(r.ok, "paragraph", qPrintable(r.message));
    }
};

} // namespace territori::testing
