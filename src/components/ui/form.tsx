import { zodResolver } from '@hookform/resolvers/zod';
import { createContext, useContext, type FormHTMLAttributes, type ReactNode } from 'react';
import {
  FormProvider,
  useForm,
  useFormContext,
  type FieldValues,
  type Path,
  type SubmitHandler,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { Field } from './field';

// The one way a form is built: react-hook-form, its values checked by a zod schema (the same
// schema the feature's api/ file or src/domain gives), errors shown by each field. A schema's
// messages are codes; the form says once how its codes read (`message`), in the app's language.

/** A react-hook-form form checked by `schema`: checked on submit, then again as the person corrects. */
export function useZodForm<TInput extends FieldValues, TOutput extends FieldValues>(
  schema: z.ZodType<TOutput, TInput>,
  options: Omit<UseFormProps<TInput, unknown, TOutput>, 'resolver'> = {},
): UseFormReturn<TInput, unknown, TOutput> {
  return useForm<TInput, unknown, TOutput>({ mode: 'onSubmit', reValidateMode: 'onChange', ...options, resolver: zodResolver(schema) });
}

const MessageContext = createContext<(code: string) => string>((code) => code);

interface FormProps<TInput extends FieldValues, TOutput extends FieldValues> extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  form: UseFormReturn<TInput, unknown, TOutput>;
  onSubmit: SubmitHandler<TOutput>;
  /** How an error code of the schema reads (translated). */
  message: (code: string) => string;
  children: ReactNode;
}

export function Form<TInput extends FieldValues, TOutput extends FieldValues>({ form, onSubmit, message, children, ...rest }: FormProps<TInput, TOutput>) {
  return (
    <FormProvider {...form}>
      <MessageContext.Provider value={message}>
        <form noValidate {...rest} onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
          {children}
        </form>
      </MessageContext.Provider>
    </FormProvider>
  );
}

/** The translated error of a field of the enclosing Form, if any. */
export function useFieldError(name: string): string | undefined {
  const message = useContext(MessageContext);
  const { getFieldState, formState } = useFormContext();
  const code = getFieldState(name, formState).error?.message;
  return code ? message(code) : undefined;
}

interface FormFieldProps<TValues extends FieldValues> {
  name: Path<TValues>;
  label: ReactNode;
  hint?: ReactNode;
  extra?: ReactNode;
  children: Parameters<typeof Field>[0]['children'];
}

/**
 * A Field bound to a value of the enclosing Form: its error is translated and wired to the control
 * (aria-invalid, aria-describedby). The control registers itself: `{...props} {...register(name)}`.
 */
export function FormField<TValues extends FieldValues>({ name, label, hint, extra, children }: FormFieldProps<TValues>) {
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} extra={extra} error={error}>
      {children}
    </Field>
  );
}
