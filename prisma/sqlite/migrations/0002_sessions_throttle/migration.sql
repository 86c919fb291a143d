-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "deletedById" TEXT;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "attempts" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TeamSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "allowSignup" BOOLEAN NOT NULL DEFAULT false,
    "autoApproveAgreements" INTEGER NOT NULL DEFAULT 2,
    "organizationName" TEXT NOT NULL DEFAULT 'Factmark',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_TeamSettings" ("allowSignup", "autoApproveAgreements", "id", "organizationName", "updatedAt") SELECT "allowSignup", "autoApproveAgreements", "id", "organizationName", "updatedAt" FROM "TeamSettings";
DROP TABLE "TeamSettings";
ALTER TABLE "new_TeamSettings" RENAME TO "TeamSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

