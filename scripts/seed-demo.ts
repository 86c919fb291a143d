// Seeds the demo accounts and article into the database named by DATABASE_URL.
import { seedDemo } from "@/lib/data/demo/demo-seed";

seedDemo()
  .then(({ articleId, created }) => {
    console.log(
      created
        ? `Seeded the demo article (${articleId}).`
        : `Demo data already present (article ${articleId}).`,
    );
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
