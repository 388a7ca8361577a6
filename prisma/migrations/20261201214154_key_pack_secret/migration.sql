-- CreateTable
CREATE TABLE "KeyPackSecret" (
    "id" SERIAL NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyPackSecret_pkey" PRIMARY KEY ("id")
);

-- The installation's first signing secret, made here so that every app server finds the same one and no
-- request ever races to create it: 60 hex digits from two gen_random_uuid() (PostgreSQL's strong random
-- source, pg_strong_random), the version and variant digit of each dropped: 240 random bits.
INSERT INTO "KeyPackSecret" ("value")
SELECT substr(a, 1, 12) || substr(a, 14, 3) || substr(a, 18) || substr(b, 1, 12) || substr(b, 14, 3) || substr(b, 18)
FROM (SELECT replace(gen_random_uuid()::text, '-', '') AS a, replace(gen_random_uuid()::text, '-', '') AS b) AS u;
