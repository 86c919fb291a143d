import { signIn } from "@/lib/auth/auth";
import { Button } from "@/components/ui/form-controls";

export function OidcButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  return (
    <form
      className="mt-4 border-t border-stone-200 pt-4"
      action={async () => {
        "use server";
        await signIn("oidc", { redirectTo: callbackUrl });
      }}
    >
      <Button type="submit" variant="secondary" className="w-full">
        Continue with {name}
      </Button>
    </form>
  );
}
