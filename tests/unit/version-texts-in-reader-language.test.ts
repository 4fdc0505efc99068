/**
 * The refusals of a version's consultation and approval, and the API's and a failed job's
 * texts, worded in the reader's language (issue 13, decision 057): the secretariat and the
 * working group read them in Romanian or Russian; without a language each stays its English.
 */
import { describe, expect, it } from "vitest";
import { formBoolean } from "@/lib/actions/form-boolean";
import { cyclePathSchema, valuesPageQuerySchema } from "@/lib/api/schemas";
import { frameworkScoringSchema } from "@/lib/frameworks/update-framework-scoring";
import { expectVersionStatus, type LifecycleVersion } from "@/lib/frameworks/versions/lifecycle-version";
import { computeQuorum } from "@/lib/frameworks/versions/quorum";
import { approveVersionSchema, openConsultationSchema } from "@/lib/frameworks/versions/schemas";
import { libText } from "@/lib/i18n/lib-text";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { storedResultTexts, wordResultTexts } from "@/lib/jobs/job-result-texts";
import { keyedProblem } from "@/lib/problems/problem";
import { problemsToJson } from "@/lib/problems/problems-json";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { catchAppError } from "../fixtures/factories";

function versionIn(status: LifecycleVersion["status"]): LifecycleVersion {
  return {
    id: "v1",
    number: 2,
    label: "2026",
    status,
    consultationDeadline: null,
    framework: { id: "f1", code: "DMD", quorumPercent: 50 },
  };
}

function refusal(run: () => unknown) {
  return catchAppError(async () => run());
}

describe("a step the version's status does not allow", () => {
  it("is refused in the reader's language, with its status and step, and in English without one", async () => {
    const error = await refusal(() => expectVersionStatus(versionIn("DRAFT"), "IN_CONSULTATION", libText("errors.versionStepComment")));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("Version 2026 of DMD is a draft: you can comment on it only while it is in consultation");
    expect((await libTranslator("ro")).error(error).message).toBe(
      "Versiunea 2026 a cadrului DMD are starea „proiect”: puteți comenta versiunea doar cât timp are starea „în consultare”",
    );
    expect((await libTranslator("ru")).error(error).message).toBe(
      "Версия 2026 системы показателей DMD имеет статус «черновик»: комментировать её можно, только пока она имеет статус «на консультации»",
    );
  });

  it("says an approved version never changes", async () => {
    const error = await refusal(() => expectVersionStatus(versionIn("APPROVED"), "DRAFT", libText("errors.versionStepOpenConsultation")));
    expect(error.message).toBe("Version 2026 of DMD is approved and can never change; start a new draft from the version in force");
    expect((await libTranslator("ro")).error(error).message).toBe(
      "Versiunea 2026 a cadrului DMD are starea „aprobată” și nu se mai poate modifica niciodată; începeți un nou proiect de la versiunea în vigoare",
    );
  });
});

describe("the quorum", () => {
  it("says what is missing in the reader's language, and keeps the English", async () => {
    const quorum = computeQuorum({ quorumPercent: 50, invitedUserIds: ["a", "b", "c", "d"], votes: [{ userId: "a", position: "AGREE" }] });
    expect(quorum.missing).toBe("1 of the 4 invited working-group members recorded a position; the quorum of 50 % needs 2");
    expect((await libTranslator("ro")).text(quorum.missingText!)).toBe(
      "1 din cei 4 membri invitați ai grupului de lucru și-au înregistrat poziția; cvorumul de 50 % cere 2",
    );
    const tied = computeQuorum({
      quorumPercent: 50,
      invitedUserIds: ["a", "b"],
      votes: [
        { userId: "a", position: "AGREE" },
        { userId: "b", position: "OBJECT" },
      ],
    });
    expect(tied.missing).toBe("1 agree and 1 object; approval needs more members agreeing than objecting");
    expect((await libTranslator("ru")).text(tied.missingText!)).toBe(
      "За: 1, против: 1; для утверждения нужно, чтобы членов «за» было больше, чем «против»",
    );
  });
});

describe("the consultation's and the decision's forms", () => {
  it("word their field messages in Romanian and Russian", async () => {
    const error = await refusal(() =>
      parseOrThrow(openConsultationSchema, { versionId: "v1", deadline: "soon", workingGroupUserIds: [] }, libText("errors.checkInvited")),
    );
    expect(error.problems.map((problem) => [problem.field, problem.message])).toEqual([
      ["deadline", "Give the deadline as a date, e.g. 2027-01-25"],
      ["workingGroupUserIds", "Invite at least one working-group member: the working group approves the version"],
    ]);
    const romanian = (await libTranslator("ro")).error(error);
    expect(romanian.message).toBe("Verificați persoanele și instituțiile invitate");
    expect(romanian.problems.map((problem) => problem.message)).toEqual([
      "Dați termenul ca dată, de exemplu 2027-01-25",
      "Invitați cel puțin un membru al grupului de lucru: grupul de lucru aprobă versiunea",
    ]);
    const decision = await refusal(() => parseOrThrow(approveVersionSchema, { versionId: "v1", minutes: "", participantUserIds: [1] }));
    expect((await libTranslator("ru")).problems(decision.problems).map((problem) => problem.message)).toEqual([
      "Напишите протокол решения",
      "Каждый участник должен быть задан текстом",
    ]);
  });

  it("keep the English of the scoring settings and the API word for word", async () => {
    const scoring = await refusal(() => parseOrThrow(frameworkScoringSchema, { baseYear: "", cutoff2: 50, cutoff3: 40, cutoff4: 90 }));
    expect(scoring.problems.map((problem) => problem.message)).toEqual(["Each cut-off must be higher than the one before"]);
    expect((await libTranslator("ro")).problems(scoring.problems)[0]!.message).toBe(
      "Fiecare prag trebuie să fie mai mare decât cel dinainte",
    );
    const page = await refusal(() => parseOrThrow(valuesPageQuerySchema, { from: "2030", to: "2020", limit: "0" }));
    expect(page.problems.map((problem) => problem.message)).toEqual([
      "Expected a whole number from 1 to 5000",
      "from must not be after to",
    ]);
    expect((await libTranslator("ru")).problems(page.problems).map((problem) => problem.message)).toEqual([
      "Ожидается целое число от 1 до 5000",
      "from не может быть позже to",
    ]);
    const path = await refusal(() => parseOrThrow(cyclePathSchema, { framework: "DMD", year: "25" }));
    expect((await libTranslator("ro")).problems(path.problems)[0]!.message).toBe(
      "Anul din adresă trebuie să aibă patru cifre, de exemplu 2025",
    );
  });

  it("refuses a yes/no field by name, in the reader's language", async () => {
    const form = new FormData();
    form.set("active", "yes");
    const error = await refusal(() => formBoolean(form, "active"));
    expect(error.message).toBe("active is true or false");
    const russian = (await libTranslator("ru")).error(error);
    expect([russian.message, russian.problems[0]!.message]).toEqual([
      "active может быть только true или false",
      "active может быть только true или false",
    ]);
  });
});

describe("a failed job's problems", () => {
  it("keep their keys through the JSON the job stores, and are worded when it is read", async () => {
    const problems = [keyedProblem({ file: "data/x.csv", row: 3 }, libText("errors.noInstitutionWithCode", { code: "MX" }))];
    const stored = JSON.parse(JSON.stringify(storedResultTexts({ code: "UNPROCESSABLE", details: problemsToJson(problems) }))) as {
      details: { problems: { message: string }[] };
    };
    expect(stored.details.problems[0]!.message).toBe("No institution MX");
    const romanian = wordResultTexts(stored, await libTranslator("ro")) as typeof stored;
    expect(romanian.details.problems[0]!.message).toBe("Instituția MX nu există");
    // The JSON shape of API answers is unchanged: the key is not an enumerable field.
    expect(Object.keys(problemsToJson(problems).problems![0]!)).toEqual(["file", "line", "column", "message"]);
  });
});
