// An error message in Fluent's error bar; its own module so the first screen does not load MessageBar.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export default function ErrorBar({ message }: { message: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
